package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.Scenario;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.TableRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.toolspend.model.BillingCycle.MONTHLY;
import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail of a report, from its JSON companion: the figures, actions and renewals it gives, in each language. */
class MailSummaryTest {

    @TempDir
    Path out;

    private static AnalysisResult scenario() {
        return new Scenario()
                .license(row("Zoom", "zoom", 10, LocalDate.of(2026, 11, 20)))      // act by 2026-10-21: overdue
                .license(row("Figma", "figma", 20, LocalDate.of(2026, 12, 15)))    // act by 2026-11-15: next month
                .license(row("Slack", "slack", 4, LocalDate.of(2027, 1, 15)))      // act by 2026-12-16: later
                .license("webex", 5, "20.00", MONTHLY, "CAD")
                .activeSeats("zoom", "z", 8).activeSeats("webex", "w", 2).seat("webex", "old@co.ca", 90)
                .activeSeats("figma", "f", 5).activeSeats("slack", "s", 4)
                .charge("zoom", "2026-10-03", "100.00", "CAD")
                .charge("slack", "2026-10-04", "89.00", "GBP")
                .analyse();
    }

    private static LicenseRow row(String name, String id, int seats, LocalDate renewal) {
        return new LicenseRow(SourceRef.csv("licenses.xlsx", 2), name, id, null, seats, new BigDecimal("15"), MONTHLY,
                "CAD", renewal, 30, "Marie", null, null, null, null, null);
    }

    private String json(String language) throws Exception {
        Path folder = out.resolve(language);
        new ReportWriter(Labels.of(language), "toolspend 9.9").write(scenario(), new InputReport(
                List.of(new InputFile("billing.csv", "ab".repeat(32), 120)),
                List.of(new TableRead("billing.csv", null, InputKind.BILLING, new FileStats(2, 2, 0, List.of()))),
                List.of(), List.of(), List.of(), "f".repeat(64)), folder);
        return Files.readString(ReportWriter.jsonPath(folder, "2026-10", language));
    }

    private static final Path WORKBOOK = Path.of("/srv/reports/toolspend-2026-10.xlsx");
    private static final MailSummary.Delivery ATTACHED = new MailSummary.Delivery(WORKBOOK, 48_213, 10L * 1024 * 1024, true);
    private static final MailSummary.Delivery TOO_LARGE = new MailSummary.Delivery(WORKBOOK, 48_213, 1_000, false);

    /**
     * What was not counted first, then the totals, the actions with savings, and the renewals whose act-by date is
     * before the end of the month after the period (an overdue one included, a later one left out).
     */
    @Test
    void theMessageGivesTheTotalsTheTopActionsAndTheRenewalsToActOn() throws Exception {
        MailSummary.Mail mail = new MailSummary(Labels.of("en")).render(json("en"), "[Acme]", ATTACHED);

        assertThat(mail.subject()).isEqualTo("[Acme] Software spend and use, 2026-10: $100.00 spent, $3,360.00 of "
                + "annual savings identified");
        assertThat(mail.body()).isEqualTo("""
                Software spend and use, 2026-10

                Not counted: 1 billing line, 89.00 GBP — no FX rate for GBP

                Total spend in the period (recognised tools): $100.00
                Annual run-rate: $7,320.00
                Identified annual savings: $3,360.00
                Tools: 4
                Active users: 19

                Top actions
                - Reclaim 14 of the 20 Figma seats (keep 6). 5 of 20 seats active in the last 30 days. Saves $2,520.00 per year.
                - Move the users of Webex to Zoom and cancel Webex. 2 active users; 0 also use Zoom, 2 would need a Zoom seat ($360.00 per year). Saves $840.00 per year.
                - Reclaim 2 of the 5 Webex seats (keep 3). 2 of 5 seats active in the last 30 days. Saves $480.00 per year.

                Renewals to act on by 2026-11-30
                - Decide on Zoom before 2026-10-21: it renews on 2026-11-20. 10 seats at renewal; usage supports 9 for the whole tool. The notice deadline passed 10 days ago.
                - Decide on Figma before 2026-11-15: it renews on 2026-12-15. 20 seats at renewal; usage supports 6 for the whole tool.

                The workbook is attached: toolspend-2026-10.xlsx
                Sent by toolspend 9.9; every figure is explained on the Method sheet of the workbook.
                """);
    }

    /** The same message in French, to the last word: no English word, French figures, French headings. */
    @Test
    void aFrenchReportGivesAFrenchMessage() throws Exception {
        MailSummary summary = new MailSummary(Labels.of("fr"));
        String json = json("fr");
        MailSummary.Mail mail = summary.render(json, "", ATTACHED);
        MailSummary.Mail large = summary.render(json, "", TOO_LARGE);

        assertThat(spaced(mail.subject())).isEqualTo("Dépenses et utilisation des logiciels, 2026-10 : 100,00 $ CA "
                + "dépensés, 3 360,00 $ CA d'économies annuelles repérées");
        assertThat(mail.body().lines()).contains("Actions prioritaires", "Renouvellements à décider d'ici le 2026-11-30",
                "Le classeur est joint : toolspend-2026-10.xlsx",
                "Montants non comptés : 1 ligne de facturation, 89,00 GBP — aucun taux de change pour GBP");
        assertThat(spaced(large.body())).contains("Le classeur (48 Ko) dépasse la taille permise pour une pièce jointe "
                + "(1 000 octets); il se trouve ici : " + WORKBOOK.toAbsolutePath());
        for (String text : List.of(mail.subject(), mail.body(), large.body())) {
            assertThat(text.replace(WORKBOOK.toAbsolutePath().toString(), "")).doesNotContainPattern(LabelsTest.ENGLISH_WORDS);
        }
        assertThat(mail.body().lines().count()).isEqualTo(new MailSummary(Labels.of("en"))
                .render(json("en"), "", ATTACHED).body().lines().count());
    }

    /** French figures are grouped with the locale's no-break spaces, whichever the JDK's CLDR data chose. */
    private static String spaced(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ");
    }

    /** A workbook over the limit is not attached: the message gives its size, the limit and its path. */
    @Test
    void aWorkbookOverTheLimitIsGivenByItsPath() throws Exception {
        String body = new MailSummary(Labels.of("en")).render(json("en"), "", TOO_LARGE).body();

        assertThat(body).contains("The workbook (48 KB) is larger than an attachment may be (1,000 bytes); it is here: "
                + WORKBOOK.toAbsolutePath() + "\n").doesNotContain("attached");
        assertThat(new MailSummary(Labels.of("en")).render(json("en"), "", new MailSummary.Delivery(WORKBOOK,
                25L * 1024 * 1024, 10L * 1024 * 1024, false)).body()).contains("The workbook (25.0 MB) is larger than "
                + "an attachment may be (10.0 MB)");
    }

    /** A month without actions or renewals says so, and a complete report has no "not counted" lines. */
    @Test
    void aQuietMonthSaysThereIsNothingToDo() throws Exception {
        new ReportWriter(Labels.of("en"), "toolspend 9.9").write(new Scenario().charge("zoom", "2026-10-03", "100.00", "CAD")
                .analyse(), new InputReport(List.of(), List.of(), List.of(), List.of(), List.of(), "f".repeat(64)), out);
        String body = new MailSummary(Labels.of("en")).render(Files.readString(ReportWriter.jsonPath(out, "2026-10", "en")), "",
                ATTACHED).body();

        assertThat(body).startsWith("Software spend and use, 2026-10\n\nTotal spend in the period")
                .contains("\n\nNo action found for the period.\n\nNo renewal to act on by 2026-11-30.\n\n");
    }
}
