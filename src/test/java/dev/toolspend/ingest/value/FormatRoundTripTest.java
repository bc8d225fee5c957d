package dev.toolspend.ingest.value;

import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.model.FormatDecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test: random amounts and dates, written in every style the issue lists, read back to the
 * same value, and a column of them settles on the mark or order it was written in. Seeded, so a failure
 * can be replayed; the style name and the text are in the test name.
 */
class FormatRoundTripTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final int CASES = 150;

    record AmountStyle(String name, DecimalMark mark, String currency, Function<BigDecimal, String> format) {
        @Override
        public String toString() {
            return name;
        }
    }

    record DateStyle(String name, DateOrder order, Function<LocalDate, String> format) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String grouped(BigDecimal value, char group, char decimal, int scale) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(group);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value.abs());
    }

    private static String minus(BigDecimal v) {
        return v.signum() < 0 ? "-" : "";
    }

    static List<AmountStyle> amountStyles() {
        return List.of(
                new AmountStyle("1 234,56 $ (space)", DecimalMark.COMMA, Amounts.DOLLAR,
                        v -> minus(v) + grouped(v, ' ', ',', 2) + " $"),
                new AmountStyle("1 234,56 $ (no-break space)", DecimalMark.COMMA, Amounts.DOLLAR,
                        v -> minus(v) + grouped(v, '\u00A0', ',', 2) + "\u00A0$"),
                new AmountStyle("1 234,56 $ (narrow no-break space)", DecimalMark.COMMA, Amounts.DOLLAR,
                        v -> minus(v) + grouped(v, '\u202F', ',', 2) + "\u202F$"),
                new AmountStyle("$1,234.56", DecimalMark.POINT, Amounts.DOLLAR,
                        v -> minus(v) + "$" + grouped(v, ',', '.', 2)),
                new AmountStyle("1.234,56 €", DecimalMark.COMMA, "EUR", v -> minus(v) + grouped(v, '.', ',', 2) + " €"),
                new AmountStyle("(45.00)", DecimalMark.POINT, null,
                        v -> v.signum() < 0 ? "(" + v.abs().setScale(2) + ")" : v.setScale(2).toPlainString()),
                new AmountStyle("-45", DecimalMark.POINT, null, v -> v.setScale(0, RoundingMode.DOWN).toPlainString()),
                new AmountStyle("45-", DecimalMark.COMMA, null,
                        v -> grouped(v, '.', ',', 2) + (v.signum() < 0 ? "-" : "")),
                new AmountStyle("\"$10,100.00 \"", DecimalMark.POINT, Amounts.DOLLAR,
                        v -> minus(v) + "$" + grouped(v, ',', '.', 2) + " "),
                new AmountStyle("CA$", DecimalMark.POINT, "CAD", v -> minus(v) + "CA$" + grouped(v, ',', '.', 2)),
                new AmountStyle("$ CA", DecimalMark.COMMA, "CAD", v -> minus(v) + grouped(v, ' ', ',', 2) + " $ CA"),
                new AmountStyle("USD 12.00", DecimalMark.POINT, "USD", v -> "USD " + minus(v) + v.abs().setScale(2)),
                new AmountStyle("12,00 EUR", DecimalMark.COMMA, "EUR",
                        v -> minus(v) + v.abs().setScale(2).toPlainString().replace('.', ',') + " EUR"));
    }

    static Stream<Arguments> amounts() {
        Random random = new Random(20261031);
        List<Arguments> cases = new ArrayList<>();
        for (AmountStyle style : amountStyles()) {
            for (int i = 0; i < CASES; i++) {
                long cents = (long) (Math.pow(10, random.nextInt(10)) * random.nextDouble() * 100);
                BigDecimal value = BigDecimal.valueOf(random.nextBoolean() ? -cents : cents, 2);
                if (style.name.equals("-45")) {
                    value = value.setScale(0, RoundingMode.DOWN);
                }
                cases.add(Arguments.of(style, value, style.format.apply(value)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("amounts")
    void everyAmountStyleReadsBackToTheSameValue(AmountStyle style, BigDecimal value, String text) throws ValueException {
        Amounts.Parsed parsed = Amounts.parse(text, style.mark);
        assertThat(parsed.value()).isEqualByComparingTo(value);
        assertThat(parsed.currency()).isEqualTo(style.currency);
        DecimalMark evidence = Amounts.evidence(text);
        assertThat(evidence).as("evidence never contradicts the style").isIn(null, style.mark);
    }

    static Stream<Arguments> amountColumns() {
        return amountStyles().stream().map(Arguments::of);
    }

    /** A column of values in one style, with one value that has cents, settles on the style's mark. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("amountColumns")
    void aColumnSettlesOnItsDecimalMark(AmountStyle style) {
        if (style.name.equals("-45")) {
            return;     // whole numbers: nothing to settle
        }
        Random random = new Random(style.name.hashCode());
        FormatProfiler profiler = new FormatProfiler(java.util.Set.of(0), java.util.Set.of());
        for (int i = 0; i < 20; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextInt(5_000_000) * 100L + 1 + random.nextInt(98), 2);
            profiler.observe(row(style.format.apply(value)));
        }
        IngestSettings opposite = new IngestSettings(TORONTO,
                style.mark == DecimalMark.POINT ? DecimalMark.COMMA : DecimalMark.POINT, DateOrder.MDY, "CAD");
        assertThat(profiler.formats(opposite).mark(0, opposite)).isEqualTo(style.mark);
    }

    static List<DateStyle> dateStyles() {
        DateTimeFormatter frenchMonth = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.CANADA_FRENCH);
        DateTimeFormatter englishMonth = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
        return List.of(
                new DateStyle("yyyy-MM-dd", DateOrder.DMY, d -> d.toString()),
                new DateStyle("ISO timestamp with offset", DateOrder.DMY, d -> d + "T12:34:56-04:00"),
                new DateStyle("ISO instant", DateOrder.MDY, d -> d.atTime(16, 0).toInstant(ZoneOffset.UTC).toString()),
                new DateStyle("yyyy-MM-dd HH:mm:ss UTC", DateOrder.DMY, d -> d + " 14:22:01 UTC"),
                new DateStyle("dd/MM/yyyy", DateOrder.DMY, d -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                new DateStyle("MM/dd/yyyy", DateOrder.MDY, d -> d.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))),
                new DateStyle("M/d/yy", DateOrder.MDY, d -> d.format(DateTimeFormatter.ofPattern("M/d/yy"))),
                new DateStyle("d.M.yyyy", DateOrder.DMY, d -> d.format(DateTimeFormatter.ofPattern("d.M.yyyy"))),
                new DateStyle("yyyy/MM/dd", DateOrder.MDY, d -> d.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))),
                new DateStyle("3 oct. 2026", DateOrder.MDY, d -> d.format(frenchMonth)),
                new DateStyle("Oct 3, 2026", DateOrder.DMY, d -> d.format(englishMonth)),
                new DateStyle("03-Oct-2026", DateOrder.MDY, d -> d.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.US))),
                new DateStyle("Excel serial (1900)", DateOrder.DMY,
                        d -> String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d))));
    }

    static Stream<Arguments> dates() {
        Random random = new Random(31102026);
        List<Arguments> cases = new ArrayList<>();
        for (DateStyle style : dateStyles()) {
            for (int i = 0; i < CASES; i++) {
                LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 60));
                cases.add(Arguments.of(style, date, style.format.apply(date)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("dates")
    void everyDateStyleReadsBackToTheSameDate(DateStyle style, LocalDate date, String text) throws ValueException {
        assertThat(Dates.parse(text, style.order, TORONTO)).isEqualTo(date);
        assertThat(Dates.evidence(text)).isIn(null, style.order);
    }

    /** A column of day-first or month-first dates with a single decisive value settles on its order. */
    static Stream<Arguments> orderedStyles() {
        return dateStyles().stream().filter(s -> s.name.equals("dd/MM/yyyy") || s.name.equals("MM/dd/yyyy"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orderedStyles")
    void aColumnWithOneDecisiveValueSettlesItsOrder(DateStyle style) {
        FormatProfiler profiler = new FormatProfiler(java.util.Set.of(), java.util.Set.of(0));
        for (int month = 1; month <= 12; month++) {
            profiler.observe(row(style.format.apply(LocalDate.of(2026, month, month))));   // 01/01, 02/02… tell nothing
        }
        profiler.observe(row(style.format.apply(LocalDate.of(2026, 10, 13))));            // the one that tells
        IngestSettings opposite = new IngestSettings(TORONTO, DecimalMark.POINT,
                style.order == DateOrder.DMY ? DateOrder.MDY : DateOrder.DMY, "CAD");
        ColumnFormats formats = profiler.formats(opposite);
        assertThat(formats.order(0, opposite)).isEqualTo(style.order);
        assertThat(formats.decisions(List.of("Date"))).singleElement()
                .extracting(FormatDecision::basis).isEqualTo(FormatDecision.Basis.VALUES);
    }

    private static TableRow row(String text) {
        return new TableRow() {
            @Override
            public long line() {
                return 1;
            }

            @Override
            public int size() {
                return 1;
            }

            @Override
            public String text(int column) {
                return column == 0 ? text.strip() : "";
            }
        };
    }
}
