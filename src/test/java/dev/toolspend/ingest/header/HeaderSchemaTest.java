package dev.toolspend.ingest.header;

import dev.toolspend.model.InputKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSchemaTest {

    private static InputKind kind(String... header) {
        return HeaderSchema.recognise(List.of(header)).map(HeaderMatch::kind).orElse(null);
    }

    @Test
    void recognisesTheCanonicalForms() {
        assertThat(kind("date", "vendor", "amount", "currency", "department", "description")).isEqualTo(InputKind.BILLING);
        assertThat(kind("Tool", "Plan", "Seats", "Price per seat", "Billing cycle", "Currency", "Renewal date",
                "Notice period (days)", "Owner")).isEqualTo(InputKind.LICENSES);
        assertThat(kind("user", "tool", "last_active")).isEqualTo(InputKind.USAGE);
        assertThat(kind("currency", "rate")).isEqualTo(InputKind.FX);
    }

    @Test
    void readsFrenchHeadersInAnyCaseWithOrWithoutAccents() {
        assertThat(kind("Date de transaction", "Fournisseur", "MONTANT", "Devise")).isEqualTo(InputKind.BILLING);
        assertThat(kind("Outil", "Sièges", "Prix par licence", "Date de renouvellement", "Préavis (jours)"))
                .isEqualTo(InputKind.LICENSES);
        assertThat(kind("Courriel", "Application", "Dernière activité")).isEqualTo(InputKind.USAGE);
        assertThat(kind("devise", "taux")).isEqualTo(InputKind.FX);
    }

    @Test
    void billingNeedsAVendorOrADescription() {
        assertThat(kind("date", "description", "amount")).isEqualTo(InputKind.BILLING);
        assertThat(kind("date", "amount")).isNull();
    }

    @Test
    void mapsEachFieldToItsColumn() {
        HeaderMatch match = HeaderSchema.recognise(List.of("Seats", "Tool", "Price per seat", "Notice period (days)")).orElseThrow();
        assertThat(match.index(Field.TOOL)).isEqualTo(1);
        assertThat(match.index(Field.NOTICE)).isEqualTo(3);
        assertThat(match.name(Field.NOTICE)).isEqualTo("Notice period (days)");
        assertThat(match.has(Field.RENEWAL)).isFalse();
    }

    @Test
    void unrelatedColumnsMatchNothing() {
        assertThat(kind("vendor", "contact", "phone")).isNull();
        assertThat(kind()).isNull();
    }

    @Test
    void normalisesHeaderText() {
        assertThat(HeaderSchema.normalise("  Préavis (jours) ")).isEqualTo("preavis jours");
        assertThat(HeaderSchema.normalise("last_active")).isEqualTo("last active");
    }

    private static Layout layout(String header) {
        return HeaderSchema.recognise(List.of(header.split(","))).map(HeaderMatch::layout).orElse(null);
    }

    /** Each vendor export by its real header; a vendor layout wins over the generic one that would also fit. */
    @Test
    void recognisesEachVendorExportByItsOwnColumns() {
        assertThat(layout("Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As"))
                .isEqualTo(Layout.AMEX);
        assertThat(layout("Date,Description,Amount")).isEqualTo(Layout.CARD_STATEMENT);
        assertThat(layout("Transaction Date,Post Date,Description,Category,Type,Amount,Memo")).isEqualTo(Layout.CHASE);
        assertThat(layout("Transaction Date,Merchant Name,Merchant Descriptor,Amount,Currency")).isEqualTo(Layout.RAMP);
        assertThat(layout("Transaction Date,Posted Date,Merchant,Raw Descriptor,Amount,Currency,Type")).isEqualTo(Layout.BREX);
        assertThat(layout("Date,Merchant,Statement Descriptor,Amount,Currency")).isEqualTo(Layout.RHO);
        assertThat(layout("*ContactName,*InvoiceNumber,*InvoiceDate,Description,*Quantity,*UnitAmount,LineAmount"))
                .isEqualTo(Layout.XERO_BILLS);
        assertThat(layout("Date,Type,No.,Payee,Category,Memo,Total before sales tax,Sales tax,Total"))
                .isEqualTo(Layout.QUICKBOOKS_EXPENSES);
        assertThat(layout("BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceName,ProviderName"))
                .isEqualTo(Layout.FOCUS);
        assertThat(layout("Report Refresh Date,User Principal Name,Display Name,Is Deleted,Has Teams License,"
                + "Teams Last Activity Date")).isEqualTo(Layout.M365_ACTIVE_USERS);
        assertThat(layout("First Name [Required],Email Address [Required],Status [READ ONLY],Last Sign In [READ ONLY]"))
                .isEqualTo(Layout.GOOGLE_WORKSPACE_USERS);
        assertThat(layout("username,email,status,billing-active,has-2fa")).isEqualTo(Layout.SLACK_MEMBERS);
        assertThat(layout("login,name,email,last_active,suspended?")).isEqualTo(Layout.GITHUB_MEMBERS);
        assertThat(layout("User,Login,Application name,Assigned on,Unassigned on,Last login"))
                .isEqualTo(Layout.OKTA_ASSIGNMENTS);
        assertThat(layout("uuid,published,eventType,actor.alternateId,outcome.result,target.displayName"))
                .isEqualTo(Layout.OKTA_SYSTEM_LOG);
        assertThat(layout("timestamp,user,app")).isEqualTo(Layout.EVENT_LOG);
        assertThat(layout("user,tool,last_active,status")).isEqualTo(Layout.USAGE_LIST);
    }

    @Test
    void anHrRosterIsNotUsageAndSlackIsNotARoster() {
        assertThat(kind("Courriel", "Statut", "Date de fin", "Gestionnaire")).isEqualTo(InputKind.ROSTER);
        assertThat(kind("Work email", "Employment status")).isEqualTo(InputKind.ROSTER);
        assertThat(kind("username", "email", "status", "billing-active")).isEqualTo(InputKind.USAGE);
        assertThat(kind("user", "tool", "last_active", "status")).isEqualTo(InputKind.USAGE);
    }

    @Test
    void amountAndDateColumnsAreTheOnesWhoseFormIsSettled() {
        HeaderMatch m365 = HeaderSchema.recognise(List.of("User Principal Name", "Is Deleted", "Has Teams License",
                "Teams Last Activity Date", "Teams License Assign Date")).orElseThrow();
        assertThat(m365.dateColumns()).containsExactly(3, 4);
        HeaderMatch card = HeaderSchema.recognise(List.of("Date", "Vendor", "Amount", "Sales tax")).orElseThrow();
        assertThat(card.amountColumns()).containsExactly(2, 3);
        assertThat(card.dateColumns()).containsExactly(0);
    }

    /**
     * Every kind from the headers a Québec or Canadian finance team writes in French, three ways each: with and
     * without accents, in capitals, with units or currencies in the header, in another order.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BILLING  | Date de transaction;Fournisseur;Montant ($);Devise
            BILLING  | DATE D'OPÉRATION;COMMERÇANT;MONTANT EN CAD
            BILLING  | code devise;montant (cad);nom du commercant;date operation
            LICENSES | Outil;Sièges;Prix par licence (CAD);Cycle de facturation
            LICENSES | OUTIL;NOMBRE DE SIEGES;PRIX/LICENCE;DEVISE
            LICENSES | Coût unitaire ($);Licences (nombre);Nom du logiciel
            USAGE    | Courriel;Application;Dernière activité
            USAGE    | COURRIEL DE L'UTILISATEUR;LOGICIEL;DERNIERE CONNEXION (AAAA-MM-JJ)
            USAGE    | date de dernière connexion;nom de l'application;adresse électronique
            FX       | Devise;Taux (CAD)
            FX       | DEVISE;TAUX DE CHANGE VERS CAD
            FX       | Taux de conversion en CAD;Code de devise
            ROSTER   | Courriel;Statut;Date de fin
            ROSTER   | COURRIEL PROFESSIONNEL;STATUT D'EMPLOI;DATE DE DÉPART
            ROSTER   | Date de cessation d'emploi;Adresse électronique
            CATALOG  | identifiant;nom;fournisseur;catégorie;alias
            CATALOG  | IDENTIFIANT;NOM DE L'OUTIL;ÉDITEUR;CATÉGORIE;SYNONYMES
            CATALOG  | Synonymes;Prix catalogue ($/siège/mois);Identifiant
            """)
    void readsEveryKindFromFrenchHeadersWrittenManyWays(InputKind expected, String header) {
        HeaderMatch match = HeaderSchema.recognise(List.of(header.split(";"))).orElseThrow();
        assertThat(match.kind()).isEqualTo(expected);
        for (List<Field> alternatives : HeaderSchema.required(expected)) {
            assertThat(alternatives).as("a required column of " + header).anyMatch(match::has);
        }
    }

    @Test
    void aHeaderKeepsItsWordsWithoutUnitsCurrenciesOrFunctionWords() {
        assertThat(HeaderSchema.key("Taux (CAD)")).isEqualTo("taux");
        assertThat(HeaderSchema.key("Rate to CAD")).isEqualTo("rate");
        assertThat(HeaderSchema.key("Taux de change vers USD")).isEqualTo(HeaderSchema.key("change, taux"));
        assertThat(HeaderSchema.key("Montant ($)")).isEqualTo("montant");
        assertThat(HeaderSchema.key("Préavis (jours)")).as("singular, as every word is compared").isEqualTo("preavi");
        assertThat(HeaderSchema.key("Nombre de sièges")).isEqualTo("nombre siege");
        assertThat(HeaderSchema.key("(CAD)")).as("nothing but a qualifier: kept").isEqualTo("cad");
        assertThat(HeaderSchema.key("Total")).isEqualTo("total");
    }

    /** A header of a kind but for a required column is said so, with the column it lacks. */
    @Test
    void aHeaderThatLacksARequiredColumnIsNamedForWhatItLooksLike() {
        assertThat(HeaderSchema.recognise(List.of("Devise", "Valeur"))).isEmpty();
        assertThat(HeaderSchema.nearMiss(List.of("Devise", "Valeur"))).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(InputKind.FX);
            assertThat(n.missing()).containsExactly(List.of(Field.RATE));
        });
        assertThat(HeaderSchema.nearMiss(List.of("Date", "Montant", "Catégorie"))).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(InputKind.BILLING);
            assertThat(n.missing()).containsExactly(List.of(Field.VENDOR, Field.DESCRIPTION));
        });
        assertThat(HeaderSchema.nearMiss(List.of("Outil", "Sièges", "Responsable"))).hasValueSatisfying(n ->
                assertThat(n.missing()).containsExactly(List.of(Field.PRICE)));
        assertThat(HeaderSchema.nearMiss(List.of("vendor", "contact", "phone"))).as("one column of a kind").isEmpty();
    }
}
