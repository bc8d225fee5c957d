package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.table.CsvFormat;
import dev.toolspend.ingest.table.TextEncoding;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.SkipReason;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.toolspend.ingest.Fixture.skip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every billing form the issue lists, each a committed fixture (src/test/resources/ingest/billing),
 * read to the exact lines: line | date | descriptor | description | amount | currency | department | kind.
 */
class BillingExportsTest {

    @TempDir
    Path dir;

    private Fixture.Read<BillingLine> read(String name) throws IOException {
        return Fixture.read(dir, "billing/" + name, Mappers::billing);
    }

    static List<String> lines(Fixture.Read<BillingLine> read) {
        return read.records().stream().map(l -> l.source().line() + " | " + l.date() + " | " + l.descriptor() + " | "
                + l.description() + " | " + l.amount().toPlainString() + " | " + l.currency() + " | " + l.department()
                + " | " + l.kind()).toList();
    }

    static List<String> rejections(Fixture.Read<?> read) {
        return read.rejections().stream().map(r -> r.source().line() + " | " + r.column() + " | " + r.value() + " | "
                + English.of(r.reason())).toList();
    }

    @Test
    void aWindows1252FrenchCardStatementWithSemicolonsAndDecimalCommas() throws IOException {
        var read = read("desjardins-visa-2026-10.csv");
        assertThat(read.source().format()).isEqualTo(new CsvFormat(TextEncoding.WINDOWS_1252, ';'));
        assertThat(read.source().layout()).isEqualTo(Layout.CARD_STATEMENT);
        assertThat(read.source().headerLine()).isEqualTo(4);
        assertThat(read.decisions()).containsExactly(
                "Date de transaction: DMY (VALUES)", "Montant: COMMA (VALUES)");
        assertThat(lines(read)).containsExactly(
                "5 | 2026-10-01 | SLACK T03ABC12*PRO | Slack Pro - mensuel | 1406.25 | CAD | Direction | SPEND",
                "6 | 2026-10-04 | ZOOM.US 888-799-9666 | Zoom Workplace Pro - 20 licences | 319.80 | USD | Ventes et comptes | SPEND",
                "7 | 2026-10-06 | ADOBE *CREATIVE CLOUD | Remboursement - licence retirée | -112.99 | CAD | Studio | SPEND",
                "8 | 2026-10-17 | DEEPL SE | DeepL Pro Starter - 4 utilisateurs | 41.96 | EUR | Marketing | SPEND",
                "9 | 2026-10-22 | BUREAU EN GROS #2041 | null | 86.23 | CAD | Finance et administration | SPEND",
                "10 | 2026-10-27 | HÔTEL DU PETIT MOULIN | Paris - atelier client | 412.80 | EUR | Direction | SPEND");
        assertThat(rejections(read)).containsExactly(
                "12 | Montant | N/D | not an amount");
        assertThat(read.stats()).isEqualTo(new FileStats(8, 6, 1, List.of(skip(SkipReason.CARD_PAYMENT, 1, 11))));
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() throws IOException {
        for (String name : List.of("excel-unicode-text.txt", "utf16-be.txt")) {
            var read = read(name);
            assertThat(read.source().format().delimiter()).isEqualTo('\t');
            assertThat(read.source().format().encoding())
                    .isEqualTo(name.startsWith("excel") ? TextEncoding.UTF_16LE : TextEncoding.UTF_16BE);
            assertThat(lines(read)).containsExactly(
                    "2 | 2026-10-03 | FIGMA | Professional - 8 editors | 1200.00 | USD | null | SPEND",
                    "3 | 2026-10-09 | 1PASSWORD | null | 958.80 | USD | null | SPEND",
                    "4 | 2026-10-15 | INTUIT *QBOOKS ONLINE | QuickBooks Online Plus | 110.00 | CAD | null | SPEND");
        }
    }

    @Test
    void onlyOneDayAbove12SettlesTheWholeColumn() throws IOException {
        var read = read("one-day-above-12.csv");
        assertThat(read.decisions()).containsExactly("Date: DMY (VALUES)", "Montant: COMMA (VALUES)");
        assertThat(read.records()).extracting(l -> l.date().toString()).containsExactly(
                "2026-10-01", "2026-10-03", "2026-10-07", "2026-10-14", "2026-10-09");
    }

    @Test
    void whenNoDateCanTellTheConfiguredOrderIsUsedAndSaid() throws IOException {
        var read = read("all-dates-ambiguous.csv");
        assertThat(read.decisions()).containsExactly("date: MDY (SETTINGS)", "amount: POINT (VALUES)");
        assertThat(read.records()).extracting(l -> l.date().toString())
                .containsExactly("2026-01-10", "2026-02-10", "2026-10-11");
    }

    @Test
    void americanExpressWithAMultiLineAddressAndItsAutopay() throws IOException {
        var read = read("amex-2026-10.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.AMEX);
        assertThat(lines(read)).containsExactly(
                "2 | 2026-10-01 | NOTION LABS INC | NOTION LABS INC\nSAN FRANCISCO CA | 264.00 | null | null | SPEND",
                "5 | 2026-10-14 | CANVA* 0412-8891 | CANVA PTY LTD SYDNEY | 165.00 | null | null | SPEND",
                "7 | 2026-10-23 | CANVA* 0412-8891 | Refund | -15.00 | null | null | SPEND");
        assertThat(read.stats()).isEqualTo(new FileStats(4, 3, 0, List.of(skip(SkipReason.CARD_PAYMENT, 1, 6))));
    }

    @Test
    void chaseWritesChargesNegativeAndItsPaymentsAreNotSpend() throws IOException {
        var read = read("chase-2026-10.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.CHASE);
        assertThat(lines(read)).containsExactly(
                "2 | 2026-10-02 | MIRO.COM | null | 720.00 | null | null | SPEND",
                "3 | 2026-10-13 | LOOM.COM | null | 216.00 | null | null | SPEND",
                "5 | 2026-10-21 | LOOM.COM | null | -18.00 | null | null | SPEND",
                "6 | 2026-10-28 | LATE FEE | null | 39.00 | null | null | SPEND");
        assertThat(read.stats().skips()).containsExactly(skip(SkipReason.CARD_PAYMENT, 1, 4));
    }

    @Test
    void rampPrefersTheMerchantNameOverTheRawDescriptor() throws IOException {
        var read = read("ramp-2026-10.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.RAMP);
        assertThat(lines(read)).containsExactly(
                "2 | 2026-10-05 | Calendly | Standard - 3 seats | 36.00 | USD | Ventes et comptes | SPEND",
                "3 | 2026-10-18 | SENTRY.IO SAN FRANCISCO | null | 26.00 | USD | Technologie | SPEND");
        assertThat(read.stats().skips()).containsExactly(skip(SkipReason.CARD_PAYMENT, 1, 4));
    }

    @Test
    void brexAndRho() throws IOException {
        var brex = read("brex-2026-10.csv");
        assertThat(brex.source().layout()).isEqualTo(Layout.BREX);
        assertThat(lines(brex)).containsExactly(
                "2 | 2026-10-07 | OpenAI | ChatGPT Team - 25 seats | 750.00 | USD | null | SPEND",
                "3 | 2026-10-16 | Mailchimp | null | 100.00 | USD | null | SPEND");
        assertThat(brex.stats().skips()).containsExactly(skip(SkipReason.CARD_PAYMENT, 1, 4));

        var rho = read("rho-2026-10.csv");
        assertThat(rho.source().layout()).isEqualTo(Layout.RHO);
        assertThat(rho.decisions()).containsExactly("Date: MDY (SETTINGS)", "Amount: POINT (VALUES)");
        assertThat(lines(rho)).containsExactly(
                "2 | 2026-10-08 | Atlassian | Jira Software Standard | 301.20 | USD | null | SPEND",
                "3 | 2026-10-08 | Atlassian | Confluence Standard | 206.40 | USD | null | SPEND");
    }

    @Test
    void xeroBillLinesWithTheirTaxKeptApart() throws IOException {
        var read = read("xero-bills-2026-10.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.XERO_BILLS);
        assertThat(lines(read)).containsExactly(
                "2 | 2026-10-01 | HubSpot Inc. | Marketing Hub Professional - 3 seats | 900.00 | USD | null | SPEND",
                "2 | 2026-10-01 | HubSpot Inc. | Marketing Hub Professional - 3 seats | 136.65 | USD | null | TAX",
                "3 | 2026-10-01 | HubSpot Inc. | Sales Hub Starter - 1 seat | 15.00 | USD | null | SPEND",
                "4 | 2026-10-03 | Humi | Humi Plus - 118 employés | 649.00 | CAD | null | SPEND",
                "4 | 2026-10-03 | Humi | Humi Plus - 118 employés | 98.34 | CAD | null | TAX");
    }

    @Test
    void quickBooksExpensesBelowTheirReportTitleWithoutBillPaymentsOrTotal() throws IOException {
        var read = read("quickbooks-expenses-2026-10.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.QUICKBOOKS_EXPENSES);
        assertThat(read.source().headerLine()).isEqualTo(5);
        assertThat(lines(read)).containsExactly(
                "6 | 2026-10-03 | Zendesk | Suite Team - 6 agents | 330.00 | null | null | SPEND",
                "7 | 2026-10-10 | Webflow | CMS site plan | 1392.00 | null | null | SPEND",
                "9 | 2026-10-20 | Bureau en Gros | Toner | 74.99 | null | null | SPEND",
                "9 | 2026-10-20 | Bureau en Gros | Toner | 11.23 | null | null | TAX");
        assertThat(read.stats()).isEqualTo(new FileStats(5, 3, 0,
                List.of(skip(SkipReason.TRAILER, 1, 10), skip(SkipReason.BILL_PAYMENT, 1, 8))));
    }

    @Test
    void focus13WithEveryChargeCategory() throws IOException {
        var read = read("focus-1.3-2026-10.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.FOCUS);
        assertThat(lines(read)).containsExactly(
                "2 | 2026-10-01 | Jira Software | Atlassian Cloud Premium - annual true-up | 1200.00 | USD | null | SPEND",
                "3 | 2026-10-01 | Jira Software | Automation runs over quota | 84.00 | USD | null | SPEND",
                "4 | 2026-10-01 | Jira Software | Service credit - outage 2026-09-14 | -50.00 | USD | null | SPEND",
                "5 | 2026-10-01 | Jira Software | Correction of September usage | 12.50 | USD | null | SPEND",
                "6 | 2026-10-01 | Atlassian | Sales tax | 155.93 | USD | null | TAX");
    }

    /**
     * FOCUS 1.0 as the specification's SaaS examples write it (our own rows, in their forms): a byte-order mark,
     * money with a dollar sign, grouping and a trailing space, an accounting credit, dates as M/D/YY (no value
     * can tell the order: the configured month/day/year is used, and said), the publisher or the provider when
     * the service name is blank.
     */
    @Test
    void focus10AsTheSaasExamplesWriteIt() throws IOException {
        var read = read("focus-1.0-saas-quirks.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.FOCUS);
        assertThat(read.source().format().encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
        assertThat(read.decisions()).containsExactly("BilledCost: POINT (VALUES)", "ChargePeriodStart: MDY (SETTINGS)");
        assertThat(lines(read)).containsExactly(
                "2 | 2025-04-01 | Northwind Licenses | Monthly usage charge | 10100.00 | USD | null | SPEND",
                "3 | 2025-04-01 | Fabrikam Notes | Add-on seat | 20.00 | USD | null | SPEND",
                "4 | 2025-04-01 | Contoso Cloud | Included usage | 0 | USD | null | SPEND",
                "5 | 2025-05-01 | Northwind Licenses | Service credit | -1200.00 | USD | null | SPEND",
                "6 | 2025-12-01 | Northwind | Sales tax | 15.50 | USD | null | TAX");
        assertThat(read.rejections()).isEmpty();
    }

    @Test
    void everyAmountFormWithCarriageReturnLineEnds() throws IOException {
        var read = read("amount-forms-cr-only.csv");
        assertThat(lines(read)).containsExactly(
                "2 | 2026-10-01 | DROPBOX | null | 1890.00 | CAD | null | SPEND",
                "3 | 2026-10-13 | GRAMMARLY | null | 207.00 | CAD | null | SPEND",
                "4 | 2026-10-20 | DOCUSIGN INC | null | -45.00 | USD | null | SPEND",
                "5 | 2026-10-21 | TYPEFORM | null | 69.00 | USD | null | SPEND",
                "6 | 2026-10-22 | WEBEX | null | 12.00 | CAD | null | SPEND",
                "7 | 2026-10-23 | OTTER.AI | null | -180.00 | USD | null | SPEND",
                "9 | 2026-10-25 | DEEPL SE | null | 41.96 | EUR | null | SPEND");
        assertThat(rejections(read)).containsExactly("8 | Amount | € 15.00 | the amount is in EUR but Currency says USD");
    }

    @Test
    void brokenQuotesWrongFieldCountsBlankLinesAndATotalAreEachAccountedFor() throws IOException {
        var read = read("damaged-quotes.csv");
        assertThat(lines(read)).containsExactly(
                "2 | 2026-10-01 | GITHUB, INC. | GitHub Team\n10 seats, billed monthly | 120.00 | USD | Technologie | SPEND",
                "6 | 2026-10-03 | MIRO.COM | null | 720.00 | USD | Studio | SPEND",
                "8 | 2026-10-05 | SLACK T03ABC12*PRO | Slack Pro \"monthly\" | 1406.25 | CAD | Direction | SPEND");
        assertThat(read.rejections()).extracting(r -> r.source().line(), r -> English.of(r.reason())).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "a quoted field opened on line 5 is never closed; the next lines are read on their own"),
                org.assertj.core.groups.Tuple.tuple(7L, "the row has 4 fields, the header has 6"));
        assertThat(read.stats()).isEqualTo(new FileStats(7, 3, 2,
                List.of(skip(SkipReason.BLANK, 1, 4), skip(SkipReason.TRAILER, 1, 9))));
    }
}
