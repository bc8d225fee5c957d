package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.Corpora;
import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.FormatDecision;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of the FOCUS specification's SaaS examples ({@code ../shared/corpora/focus-saas-examples},
 * CC-BY-4.0), read in place, never copied (tagged external: {@code mvn -Pexternal verify} runs it, and fails it
 * when the corpus is not beside the checkout; the default build reads a FOCUS fixture of its own with the same
 * quirks, BillingExportsTest): exact amounts ({@code "$10,100.00 "} included) and dates
 * ({@code 4/1/25} is April 1, 2025: no value can tell, so the configured month/day/year order is used,
 * and said). The expected lines were computed apart from this code, from the CSV text and the FOCUS
 * rules (cost = BilledCost in BillingCurrency, date = ChargePeriodStart, descriptor = ServiceName, else
 * PublisherName, else ProviderName).
 */
@Tag("external")
class FocusCorpusIT {

    private static final Path CORPUS = Corpora.folder("focus-saas-examples");

    @Test
    void everyFileOfTheFocusSaasExamplesIsReadWithExactAmountsAndDates() throws IOException {
        Inventory inventory = InputScanner.scan(CORPUS, null, Fixture.SETTINGS);
        assertThat(inventory.ignored()).isEmpty();
        assertThat(inventory.sources()).hasSize(15).allSatisfy(s -> {
            assertThat(s.layout()).isEqualTo(Layout.FOCUS);
            assertThat(s.decisions()).contains(new FormatDecision("ChargePeriodStart",
                    FormatDecision.Subject.DATE_ORDER, "MDY", FormatDecision.Basis.SETTINGS));
        });
        List<String> lines = new ArrayList<>();
        long rows = 0;
        for (InputSource source : inventory.sources()) {
            var read = Fixture.read(CORPUS, source, Mappers::billing);
            assertThat(read.rejections()).as(source.path()).isEmpty();
            rows += read.stats().read();
            for (BillingLine l : read.records()) {
                lines.add(source.path() + ":" + l.source().line() + " | " + l.date() + " | " + l.descriptor() + " | "
                        + l.amount().toPlainString() + " | " + l.currency() + " | " + l.kind());
            }
        }
        assertThat(rows).isEqualTo(56);
        assertThat(lines).containsExactly("""
            saas_spend_agreements_a1.csv:2 | 2025-04-01 | AwesomeDB | 48 | USD | SPEND
            saas_spend_agreements_a1.csv:3 | 2025-05-01 | AwesomeDB | 120 | USD | SPEND
            saas_spend_agreements_a1.csv:4 | 2025-06-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a1.csv:5 | 2025-04-01 | AwesomeDB | 972 | USD | SPEND
            saas_spend_agreements_a2.csv:2 | 2025-04-01 | AwesomeDB | 48 | USD | SPEND
            saas_spend_agreements_a2.csv:3 | 2025-04-01 | AwesomeDB | 12 | USD | SPEND
            saas_spend_agreements_a2.csv:4 | 2025-05-01 | AwesomeDB | 120 | USD | SPEND
            saas_spend_agreements_a2.csv:5 | 2025-06-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:6 | 2025-07-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:7 | 2025-08-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:8 | 2025-09-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:9 | 2025-10-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:10 | 2025-11-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:11 | 2025-12-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:12 | 2026-01-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:13 | 2026-02-01 | AwesomeDB | 60 | USD | SPEND
            saas_spend_agreements_a2.csv:14 | 2025-04-01 | AwesomeDB | 480 | USD | SPEND
            saas_spend_agreements_b1.csv:2 | 2025-04-01 | Acme Co | 1200 | USD | SPEND
            saas_spend_agreements_b1.csv:3 | 2025-04-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b1.csv:4 | 2025-05-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b1.csv:5 | 2025-06-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b1.csv:6 | 2025-04-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:2 | 2025-04-01 | Acme Co | 1200 | USD | SPEND
            saas_spend_agreements_b2.csv:3 | 2025-04-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:4 | 2025-04-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:5 | 2025-05-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:6 | 2025-06-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:7 | 2025-07-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:8 | 2025-08-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:9 | 2025-09-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:10 | 2025-10-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:11 | 2025-11-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:12 | 2025-12-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:13 | 2026-01-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:14 | 2026-02-01 | AwesomeDB | 0 | USD | SPEND
            saas_spend_agreements_b2.csv:15 | 2025-04-01 | AwesomeDB | 0 | USD | SPEND
            simple_saas_agreements_a1.csv:2 | 2025-04-01 | ACMECORP Service | 10000.00 | USD | SPEND
            simple_saas_agreements_a2.csv:2 | 2025-04-01 | ACMECORP Licenses | 50000.00 | USD | SPEND
            simple_saas_agreements_a3.csv:2 | 2025-04-01 | ACMECORP Licenses | 1000.00 | USD | SPEND
            simple_saas_agreements_b.csv:2 | 2025-04-01 | ACMECORP Licenses | 50000.00 | USD | SPEND
            simple_saas_agreements_c.csv:2 | 2025-04-01 | ACMECORP Licenses | 10100.00 | USD | SPEND
            simple_saas_agreements_c.csv:3 | 2025-05-01 | ACMECORP Licenses | 13000.00 | USD | SPEND
            simple_saas_agreements_c.csv:4 | 2025-06-01 | ACMECORP Licenses | 12700.00 | USD | SPEND
            virtual_currency_pricing_model_a1.csv:2 | 2025-04-01 | ACMECORP SERVICE | 200000.00 | USD | SPEND
            virtual_currency_pricing_model_a2.csv:2 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_a2.csv:3 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_a2.csv:4 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_b1.csv:2 | 2025-04-01 | ACMECORP SERVICE | 100000.00 | USD | SPEND
            virtual_currency_pricing_model_b2.csv:2 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_b2.csv:3 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_b2.csv:4 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_b3.csv:2 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_b3.csv:3 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_b3.csv:4 | 2025-04-01 | ACMECORP SERVICE | 0.00 | USD | SPEND
            virtual_currency_pricing_model_c.csv:2 | 2025-04-01 | ACMECORP SERVICE | 3000.00 | USD | SPEND
            virtual_currency_pricing_model_c.csv:3 | 2025-10-01 | ACMECORP SERVICE | 50000.00 | USD | SPEND""".split("\n"));
    }
}
