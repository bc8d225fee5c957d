package dev.toolspend.ingest;

import dev.toolspend.model.BillingCycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @ValueSource(strings = {"N/A", "12,34", "1.234,56", "12a", "", "--3"})
    void rejectsAmountsThatCouldBeReadTwoWays(String text) {
        assertThatThrownBy(() -> values.amount(text)).isInstanceOf(ValueException.class)
                .hasMessageContaining("not an amount");
    }

    @Test
    void rejectsImplausibleAmountsRatherThanStoringThemWrong() {
        assertThatThrownBy(() -> values.amount("123456789012345678901234567890.00")).hasMessageContaining("plausible");
        assertThatThrownBy(() -> values.amount("0.123456789")).hasMessageContaining("plausible");
    }

    @Test
    void readsIsoDatesAndTimestampsInTheConfiguredZone() throws ValueException {
        assertThat(values.date("2026-10-03")).isEqualTo(LocalDate.of(2026, 10, 3));
        // 02:30 UTC on Nov 1 is still Oct 31 in Toronto
        assertThat(values.date("2026-11-01T02:30:00Z")).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(values.date("2026-11-01T02:30:00+00:00")).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(values.date("2026-10-03 14:22:01")).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThatThrownBy(() -> values.date("03/10/2026")).hasMessageContaining("not a date");
    }

    @Test
    void readsCyclesBooleansAndCurrenciesInBothLanguages() throws ValueException {
        assertThat(Values.cycle("Monthly")).isEqualTo(BillingCycle.MONTHLY);
        assertThat(Values.cycle("mensuel")).isEqualTo(BillingCycle.MONTHLY);
        assertThat(Values.cycle("Annuel")).isEqualTo(BillingCycle.ANNUAL);
        assertThat(Values.cycle("per year")).isEqualTo(BillingCycle.ANNUAL);
        assertThatThrownBy(() -> Values.cycle("weekly")).hasMessageContaining("Monthly or Annual");
        assertThat(Values.bool("Oui")).isTrue();
        assertThat(Values.bool("no")).isFalse();
        assertThat(Values.currency(" usd ")).isEqualTo("USD");
        assertThatThrownBy(() -> Values.currency("$")).hasMessageContaining("three-letter");
    }
}
