package dev.toolspend.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How the generated files are written: the canonical English forms, or what a Québec finance team's French
 * software exports (French headers for every kind, {@code ;} between fields, decimal commas, {@code dd/MM/yyyy}
 * dates, Windows-1252). The same company, the same figures: only the writing differs.
 */
public enum ExportForm {

    ENGLISH(',', StandardCharsets.UTF_8, DateTimeFormatter.ISO_LOCAL_DATE, '.',
            "date,vendor,amount,currency,department,description",
            "Tool|Plan|Seats|Price per seat|Billing cycle|Currency|Renewal date|Notice period (days)|Owner|Department"
                    + "|Category|Inactive after (days)|Exempt|Auto-renew",
            "Licenses", "Monthly", "Annual", "Yes", "No",
            "user,tool,last_active,status", "active", "deactivated", "suspended",
            "timestamp,user,app", "currency,rate", "N/A", "Total"),

    FRENCH(';', Charset.forName("windows-1252"), DateTimeFormatter.ofPattern("dd/MM/yyyy"), ',',
            "Date de transaction;Fournisseur;Montant;Devise;Service;Libellé",
            "Outil|Forfait|Nombre de licences|Prix par licence|Cycle de facturation|Devise|Date d'échéance"
                    + "|Préavis (jours)|Responsable|Service|Catégorie|Inactif après (jours)|Exempté"
                    + "|Renouvellement automatique",
            "Licences", "Mensuel", "Annuel", "Oui", "Non",
            "Utilisateur;Outil;Dernière activité;Statut", "actif", "désactivé", "suspendu",
            "Horodatage;Utilisateur;Application", "Devise;Taux (CAD)", "N/D", "Total");

    final char delimiter;
    final Charset charset;
    private final DateTimeFormatter dates;
    private final char decimalMark;
    final String billingHeader;
    /** The register's header cells, separated by {@code |}. */
    private final String registerHeader;
    final String registerSheet;
    final String monthly;
    final String annual;
    final String yes;
    final String no;
    final String usageHeader;
    final String active;
    final String deactivated;
    final String suspended;
    final String eventHeader;
    /** The FX file's header; its rows are the generator's rates, written in this form. */
    final String fxHeader;
    /** What an export writes where it has no amount. */
    final String noAmount;
    final String total;

    ExportForm(char delimiter, Charset charset, DateTimeFormatter dates, char decimalMark, String billingHeader,
               String registerHeader, String registerSheet, String monthly, String annual, String yes, String no,
               String usageHeader, String active, String deactivated, String suspended, String eventHeader,
               String fxHeader, String noAmount, String total) {
        this.delimiter = delimiter;
        this.charset = charset;
        this.dates = dates;
        this.decimalMark = decimalMark;
        this.billingHeader = billingHeader;
        this.registerHeader = registerHeader;
        this.registerSheet = registerSheet;
        this.monthly = monthly;
        this.annual = annual;
        this.yes = yes;
        this.no = no;
        this.usageHeader = usageHeader;
        this.active = active;
        this.deactivated = deactivated;
        this.suspended = suspended;
        this.eventHeader = eventHeader;
        this.fxHeader = fxHeader;
        this.noAmount = noAmount;
        this.total = total;
    }

    List<String> registerHeader() {
        return List.of(registerHeader.split("\\|", -1));
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** An amount with two decimals and this form's decimal mark, never grouped. */
    String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', decimalMark);
    }
}
