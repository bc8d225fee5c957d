package dev.toolspend.ingest.value;

import dev.toolspend.model.BillingCycle;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesTest {

    private final Values values = new Values(ZoneId.of("America/Toronto"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234.56     | 1234.56
            -45.00      | -45.00
            1,234.56    | 1234.56
            (45.00)     | -45.00
            $12.00      | 12.00
            +3          | 3
            .5          | 0.5
            1,234,567   | 1234567
            """)
    void readsAmounts(String text, String expected) throws ValueException {
        assertThat(values.amount(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "12,34", "1.234,56", "12a", "", "--3", "(12", "1 23", "12.5.6", "2026-10-03"})
    void rejectsWhatIsNotAnAmountWithADecimalPoint(String text) {
        assertThat(reasonOf(() -> values.amount(text))).contains("not an amount");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 234,56 $      | 1234.56  | $
            1 234,56 $ | 1234.56 | $
            1 234,56 $ | 1234.56  | $
            1.234,56 €      | 1234.56  | EUR
            45,00-          | -45.00   |
            (1 234,50) $ CA | -1234.50 | CAD
            CA$ 12,5        | 12.5     | CAD
            12,00 USD       | 12.00    | USD
            """)
    void readsAmountsWithADecimalComma(String text, String expected, String currency) throws ValueException {
        Amounts.Parsed parsed = values.money(text, DecimalMark.COMMA);
        assertThat(parsed.value()).isEqualByComparingTo(expected);
        assertThat(parsed.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} says {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 234,56 $  | COMMA
            12,5        | COMMA
            1.234.567   | COMMA
            1,234.56    | POINT
            12.50       | POINT
            1,234,567   | POINT
            1,234       |
            1.234       |
            45          |
            N/A         |
            """)
    void aValueSaysWhichDecimalMarkItsColumnUsesOnlyWhenItCan(String text, DecimalMark expected) {
        assertThat(Amounts.evidence(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3 oct. 2026                  | 2026-10-03
            1er octobre 2026             | 2026-10-01
            mardi 3 octobre 2026         | 2026-10-03
            Oct 3, 2026                  | 2026-10-03
            Tue, Oct 3, 2026             | 2026-10-03
            October 3rd, 2026            | 2026-10-03
            03-Oct-2026                  | 2026-10-03
            2026/10/03                   | 2026-10-03
            2026/10/03 14:22:01 UTC      | 2026-10-03
            2026-10-03 14:22:01 UTC      | 2026-10-03
            2026-11-01 02:30:00 UTC      | 2026-10-31
            2026-11-01T02:30:00.000Z     | 2026-10-31
            2026-11-01 03:30 GMT+01:00   | 2026-10-31
            10/31/2026 11:45 PM          | 2026-10-31
            46298                        | 2026-10-03
            10/3/26                      | 2026-10-03
            """)
    void readsTheDateFormsOfRealExports(String text, LocalDate expected) throws ValueException {
        assertThat(values.date(text)).isEqualTo(expected);
    }

    @Test
    void rejectsImplausibleAmountsRatherThanStoringThemWrong() {
        assertThat(reasonOf(() -> values.amount("123456789012345678901234567890.00"))).contains("plausible");
        assertThat(reasonOf(() -> values.amount("0.123456789"))).contains("plausible");
    }

    @Test
    void readsIsoDatesAndTimestampsInTheConfiguredZone() throws ValueException {
        assertThat(values.date("2026-10-03")).isEqualTo(LocalDate.of(2026, 10, 3));
        // 02:30 UTC on Nov 1 is still Oct 31 in Toronto
        assertThat(values.date("2026-11-01T02:30:00Z")).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(values.date("2026-11-01T02:30:00+00:00")).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(values.date("2026-10-03 14:22:01")).isEqualTo(LocalDate.of(2026, 10, 3));
        // without a column to settle it, the configured order (month/day/year by default) reads 03/10/2026
        assertThat(values.date("03/10/2026")).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(values.date("03/10/2026", DateOrder.DMY)).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(reasonOf(() -> values.date("13/10/2026"))).contains("month/day/year");
        assertThat(reasonOf(() -> values.date("next Tuesday"))).contains("not a date");
    }

    @Test
    void readsCyclesBooleansAndCurrenciesInBothLanguages() throws ValueException {
        assertThat(Values.cycle("Monthly")).isEqualTo(BillingCycle.MONTHLY);
        assertThat(Values.cycle("mensuel")).isEqualTo(BillingCycle.MONTHLY);
        assertThat(Values.cycle("Annuel")).isEqualTo(BillingCycle.ANNUAL);
        assertThat(Values.cycle("per year")).isEqualTo(BillingCycle.ANNUAL);
        assertThat(reasonOf(() -> Values.cycle("weekly"))).contains("Monthly or Annual");
        assertThat(Values.bool("Oui")).isTrue();
        assertThat(Values.bool("no")).isFalse();
        assertThat(Values.currency(" usd ")).isEqualTo("USD");
        assertThat(reasonOf(() -> Values.currency("$"))).contains("three-letter");
    }

    /** The texts of charges that name an annual cycle, in English and French (PRODUCT.md: ×1, never ×12). */
    @ParameterizedTest
    @ValueSource(strings = {"Figma Professional - annual - 25 seats", "Workforce Identity SSO - ANNUAL RENEWAL",
            "Yearly plan", "Notion Plus, billed yearly", "Abonnement annuel", "Licence annuelle Antidote",
            "Forfait 12 mois", "1 an - renouvellement", "Subscription 12 months", "Plan: 1 year", "Pro, per year",
            "Adhésion par année"})
    void chargesThatNameAnAnnualCycle(String text) {
        assertThat(Values.namesAnnualCycle(null, text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Subscription 2026-10", "Monthly plan", "Abonnement mensuel", "12 seats", "Pro plan",
            "Annecy bakery", "ANNUALCO INC", "2 years of support"})
    void chargesThatDoNot(String text) {
        assertThat(Values.namesAnnualCycle(text, null)).isFalse();
    }

    /** The reason the value was refused, as the English report says it. */
    private static String reasonOf(Parse parse) {
        try {
            parse.run();
        } catch (ValueException e) {
            return English.of(e.reason());
        }
        throw new AssertionError("no ValueException");
    }

    @FunctionalInterface
    private interface Parse {
        void run() throws ValueException;
    }
}
