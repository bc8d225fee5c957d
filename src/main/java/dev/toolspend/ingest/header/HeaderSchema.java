package dev.toolspend.ingest.header;

import dev.toolspend.model.InputKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.toolspend.ingest.header.Field.*;

/**
 * The header aliases of every input kind, in one place: a file or sheet is recognised by its header
 * row, in English or French, any case, accents, spacing or punctuation ({@code Préavis (jours)} is
 * {@code preavis jours}). Each kind has one alias table, the generic names first and then the names
 * the vendors' own exports use; within a field the first alias the header has wins, so put the
 * preferred column first ({@code merchant name} before a raw descriptor). To accept a new export, add
 * its column names here, and a {@link Layout} if its rows mean something its columns do not say.
 */
public final class HeaderSchema {

    private record Column(Field field, List<String> aliases) {
    }

    private static final Map<InputKind, List<Column>> ALIASES = new EnumMap<>(InputKind.class);

    static {
        ALIASES.put(InputKind.BILLING, List.of(
                col(DATE, "date", "transaction date", "trans date", "posted date", "posting date", "charge date",
                        "invoice date", "invoicedate", "bill date", "user transaction time", "transaction time",
                        "chargeperiodstart", "date de transaction", "date de la transaction", "date de l operation",
                        "date d operation", "date de facture", "date de la facture", "date de facturation"),
                col(VENDOR, "vendor", "merchant name", "merchant", "payee", "supplier", "vendor name", "supplier name",
                        "contactname", "contact name", "fournisseur", "marchand", "commercant", "nom du commercant",
                        "nom du marchand", "beneficiaire"),
                col(RAW_DESCRIPTOR, "merchant descriptor", "raw descriptor", "statement descriptor",
                        "appears on your statement as", "libelle sur le releve"),
                col(DESCRIPTION, "description", "memo", "memo description", "item description", "libelle",
                        "chargedescription", "description de la transaction"),
                col(DETAILS, "details", "extended details", "notes", "detail"),
                col(AMOUNT, "amount", "montant", "billedcost", "total before sales tax", "total avant taxes",
                        "charge amount", "amount cad", "amount usd", "montant cad", "montant de la transaction",
                        "total"),
                col(LINE_AMOUNT, "lineamount", "line amount"),
                col(QUANTITY, "quantity", "qty", "quantite"),
                col(UNIT_PRICE, "unitamount", "unit amount", "unit price", "prix unitaire"),
                col(TAX, "sales tax", "taxamount", "tax amount", "tax", "taxes", "taxe de vente"),
                col(CURRENCY, "currency", "devise", "currency code", "monnaie", "billingcurrency"),
                col(DEPARTMENT, "department", "departement", "service", "cost center", "centre de couts", "team"),
                col(TYPE, "type", "transaction type", "type de transaction"),
                col(CHARGE_CATEGORY, "chargecategory"),
                col(SERVICE, "servicename"),
                col(PUBLISHER, "publishername", "serviceprovidername"),
                col(PROVIDER, "providername", "hostprovidername", "invoiceissuername")));
        ALIASES.put(InputKind.LICENSES, List.of(
                col(TOOL, "tool", "software", "application", "product", "outil", "logiciel", "produit"),
                col(PLAN, "plan", "edition", "forfait"),
                col(SEATS, "seats", "licenses", "licences", "quantity", "sieges", "nombre de licences", "quantite"),
                col(PRICE, "price per seat", "unit price", "price", "prix par licence", "prix par siege", "prix unitaire"),
                col(CYCLE, "billing cycle", "cycle", "billing frequency", "frequency", "cycle de facturation",
                        "frequence de facturation"),
                col(CURRENCY, "currency", "devise", "monnaie"),
                col(RENEWAL, "renewal date", "renews on", "renewal", "date de renouvellement", "renouvellement"),
                col(NOTICE, "notice period days", "notice period", "notice days", "notice", "preavis jours",
                        "preavis", "delai de preavis jours"),
                col(OWNER, "owner", "responsable", "proprietaire"),
                col(DEPARTMENT, "department", "departement", "service"),
                col(CATEGORY, "category", "categorie"),
                col(INACTIVE_AFTER, "inactive after days", "inactive after", "inactif apres jours", "inactif apres"),
                col(EXEMPT, "exempt", "exempte", "exemption"),
                col(AUTO_RENEW, "auto renew", "auto renewal", "renouvellement automatique")));
        ALIASES.put(InputKind.USAGE, List.of(
                col(USER, "user", "email", "e mail", "user email", "email address", "email address required",
                        "user principal name", "upn", "actor alternateid", "actor alternate id", "utilisateur",
                        "courriel", "adresse courriel"),
                col(LOGIN, "login", "username", "user name", "user login", "nom d utilisateur"),
                col(TOOL, "tool", "app", "application", "app name", "application name", "target displayname",
                        "target 0 displayname", "target display name", "outil"),
                col(LAST_ACTIVE, "last active", "last activity", "last activity date", "last login", "last seen",
                        "last sign in", "last sign in read only", "last sign in date", "derniere activite",
                        "derniere connexion"),
                col(STATUS, "status", "status read only", "account status", "statut", "etat"),
                col(ASSIGNED, "assigned on", "assigned", "assignment date", "date assigned", "assigned date",
                        "attribue le"),
                col(UNASSIGNED, "unassigned on", "unassigned", "unassigned date"),
                col(DELETED, "is deleted", "deleted"),
                col(BILLING_ACTIVE, "billing active", "billable"),
                col(SUSPENDED, "suspended", "is suspended"),
                col(TIMESTAMP, "timestamp", "time", "event time", "datetime", "date time", "occurred at", "published",
                        "event timestamp", "horodatage", "date et heure", "date"),
                col(EVENT_TYPE, "eventtype", "event type"),
                col(OUTCOME, "outcome result", "outcome", "result")));
        ALIASES.put(InputKind.ROSTER, List.of(
                col(USER, "email", "e mail", "work email", "employee email", "email address", "user", "courriel",
                        "courriel professionnel", "adresse courriel"),
                col(STATUS, "status", "employment status", "employee status", "statut", "statut d emploi"),
                col(END_DATE, "end date", "termination date", "last day", "last day of work", "departure date",
                        "date de fin", "date de depart", "dernier jour", "date de fin d emploi"),
                col(DEPARTMENT, "department", "departement", "service", "team", "equipe"),
                col(MANAGER, "manager", "manager email", "gestionnaire", "superieur")));
        ALIASES.put(InputKind.FX, List.of(
                col(CURRENCY, "currency", "devise", "monnaie"),
                col(RATE, "rate", "fx rate", "exchange rate", "taux", "taux de change")));
        ALIASES.put(InputKind.CATALOG, List.of(
                col(ID, "id", "tool id", "identifiant", "id outil"),
                col(NAME, "name", "tool name", "nom", "nom de l outil"),
                col(VENDOR, "vendor", "fournisseur", "editeur"),
                col(CATEGORY, "category", "categorie"),
                col(Field.ALIASES, "aliases", "alias", "synonymes", "descripteurs"),
                col(LIST_PRICE, "list price per seat month", "list price", "prix catalogue par siege mois",
                        "prix catalogue"),
                col(CURRENCY, "currency", "devise", "monnaie"),
                col(OVERLAP, "overlap", "chevauchement")));
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");

    private HeaderSchema() {
    }

    /**
     * The layout whose columns the header has: a vendor layout first (its own column names say which
     * export it is), else the generic layout of the kind that recognises the most columns (then the
     * order of {@link Layout}).
     */
    public static Optional<HeaderMatch> recognise(List<String> header) {
        Set<String> names = new HashSet<>();
        header.forEach(h -> names.add(normalise(h)));
        Map<InputKind, Map<Field, Integer>> found = new EnumMap<>(InputKind.class);
        HeaderMatch best = null;
        int bestScore = -1;
        for (Layout layout : Layout.values()) {
            Map<Field, Integer> columns = found.computeIfAbsent(layout.kind(), kind -> locate(kind, header));
            if (!layout.accepts(columns, names)) {
                continue;
            }
            int score = (layout.vendor() ? 1000 : 0) + columns.size();
            if (score > bestScore) {
                best = new HeaderMatch(layout, columns, List.copyOf(header));
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Header text in comparable form: lower case, no accents, words separated by one space. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        boolean gap = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c >= 0x80) {                    // accents and other scripts: the general way
                String text = MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
                return NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(lower);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static Map<Field, Integer> locate(InputKind kind, List<String> header) {
        List<String> names = new ArrayList<>();
        header.forEach(h -> names.add(normalise(h)));
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        for (Column column : ALIASES.get(kind)) {
            for (String alias : column.aliases) {
                int index = names.indexOf(alias);
                if (index >= 0 && !found.containsValue(index)) {
                    found.put(column.field, index);
                    break;
                }
            }
        }
        return found;
    }

    private static Column col(Field field, String... aliases) {
        return new Column(field, List.of(aliases));
    }
}
