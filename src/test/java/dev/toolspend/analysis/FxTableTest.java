package dev.toolspend.analysis;

import dev.toolspend.model.FxRate;
import dev.toolspend.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FxTableTest {

    private static FxRate rate(String file, String currency, String rate, String base, String from) {
        return new FxRate(SourceRef.csv(file, 2), currency, new BigDecimal(rate), base,
                from == null ? null : LocalDate.parse(from));
    }

    private static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);

    @Test
    void aRateIsUnitsOfTheReportCurrencyWhenTheFileSaysNothingElse() {
        FxTable fx = new FxTable("CAD", List.of(rate("fx.csv", "USD", "1.38", null, null)));
        assertThat(fx.rate("USD", OCT_3)).hasValue(new BigDecimal("1.38"));
        assertThat(fx.rate("CAD", OCT_3)).hasValue(BigDecimal.ONE);
        assertThat(fx.rate("GBP", OCT_3)).as("never 1:1").isEmpty();
    }

    /** A CAD-based file serves a USD report: EUR → USD = 1.51 / 1.38, CAD → USD = 1 / 1.38. */
    @Test
    void anotherReportCurrencyConvertsThroughTheFilesBase() {
        FxTable fx = new FxTable("USD", List.of(rate("fx.csv", "USD", "1.38", "CAD", null),
                rate("fx.csv", "EUR", "1.51", "CAD", null)));
        assertThat(fx.rate("USD", OCT_3)).hasValue(BigDecimal.ONE);
        assertThat(fx.convert(new BigDecimal("138"), "CAD", OCT_3)).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("100"));
        assertThat(fx.convert(new BigDecimal("1.38"), "EUR", OCT_3)).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("1.51"));
        assertThat(fx.rejections()).isEmpty();
    }

    /** A file that lists its own base with rate 1 says which it is. */
    @Test
    void theCurrencyAFileRatesAtOneIsItsBase() {
        FxTable fx = new FxTable("USD", List.of(rate("fx.csv", "CAD", "1", null, null),
                rate("fx.csv", "USD", "1.38", null, null)));
        assertThat(fx.convert(new BigDecimal("276"), "CAD", OCT_3)).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("200"));
    }

    /** Rates by date: the one in effect on the line's date; before the first, none. */
    @Test
    void theRateInEffectOnTheDateIsUsed() {
        FxTable fx = new FxTable("CAD", List.of(rate("fx.csv", "USD", "1.36", null, "2026-09-01"),
                rate("fx.csv", "USD", "1.38", null, "2026-10-01"), rate("fx.csv", "USD", "1.40", null, "2026-10-15")));
        assertThat(fx.rate("USD", LocalDate.of(2026, 9, 30))).hasValue(new BigDecimal("1.36"));
        assertThat(fx.rate("USD", OCT_3)).hasValue(new BigDecimal("1.38"));
        assertThat(fx.rate("USD", LocalDate.of(2026, 10, 31))).hasValue(new BigDecimal("1.40"));
        assertThat(fx.rate("USD", LocalDate.of(2026, 8, 31))).isEmpty();
    }

    @Test
    void aConflictingRateAndARateForTheBaseItselfAreRejected() {
        FxTable fx = new FxTable("CAD", List.of(rate("fx.csv", "USD", "1.38", null, null),
                rate("fx.csv", "USD", "1.39", null, null), rate("fx.csv", "CAD", "0.72", null, null)));
        assertThat(fx.rate("USD", OCT_3)).hasValue(new BigDecimal("1.38"));
        assertThat(fx.rejections()).extracting(r -> r.reason().key()).containsExactly("fx.conflict", "fx.baseRate");
    }
}
