package dev.toolspend.ingest.value;

import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.model.FormatDecision;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks at every value of a table's amount and date columns before the table is read, and settles per
 * column which mark separates decimals and whether dates put the day or the month first: from the
 * values when any of them can tell ({@code 1 234,56}, {@code 13/10/2026}), the majority when they
 * disagree, else the configured setting, and says which it was.
 */
public final class FormatProfiler {

    private final Set<Integer> amountColumns;
    private final Set<Integer> dateColumns;
    private static final int FIRST = 0;
    private static final int SECOND = 1;
    private static final int CANNOT_TELL = 2;

    private final Map<Integer, int[]> marks = new HashMap<>();     // [point, comma, cannot tell]
    private final Map<Integer, int[]> orders = new HashMap<>();    // [dmy, mdy, cannot tell]

    public FormatProfiler(Set<Integer> amountColumns, Set<Integer> dateColumns) {
        this.amountColumns = new TreeSet<>(amountColumns);
        this.dateColumns = new TreeSet<>(dateColumns);
    }

    /** Takes in one data row; typed workbook cells need no decision and are passed over. */
    public void observe(TableRow row) {
        for (int column : amountColumns) {
            String text = row.text(column);
            if (text.isEmpty() || row.number(column) != null) {
                continue;
            }
            DecimalMark mark = Amounts.evidence(text);
            int[] counts = marks.computeIfAbsent(column, k -> new int[3]);
            if (mark != null) {
                counts[mark == DecimalMark.POINT ? FIRST : SECOND]++;
            } else if (text.indexOf('.') >= 0 || text.indexOf(',') >= 0) {
                counts[CANNOT_TELL]++;
            }
        }
        for (int column : dateColumns) {
            String text = row.text(column);
            if (text.isEmpty() || row.date(column) != null || row.number(column) != null || !Dates.orderDependent(text)) {
                continue;
            }
            DateOrder order = Dates.evidence(text);
            int[] counts = orders.computeIfAbsent(column, k -> new int[3]);
            counts[order == null ? CANNOT_TELL : order == DateOrder.DMY ? FIRST : SECOND]++;
        }
    }

    /** Adds what another profiler of the same columns saw (one per part of a table read in parallel). */
    public void merge(FormatProfiler other) {
        other.marks.forEach((column, c) -> {
            int[] mine = marks.computeIfAbsent(column, k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += c[i];
            }
        });
        other.orders.forEach((column, c) -> {
            int[] mine = orders.computeIfAbsent(column, k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += c[i];
            }
        });
    }

    public ColumnFormats formats(IngestSettings settings) {
        Map<Integer, ColumnFormats.Choice<DecimalMark>> markChoices = new HashMap<>();
        marks.forEach((column, c) -> {
            var choice = choose(c, DecimalMark.POINT, DecimalMark.COMMA, settings.decimalMark());
            if (choice != null) {
                markChoices.put(column, choice);
            }
        });
        Map<Integer, ColumnFormats.Choice<DateOrder>> orderChoices = new HashMap<>();
        orders.forEach((column, c) -> {
            var choice = choose(c, DateOrder.DMY, DateOrder.MDY, settings.dateOrder());
            if (choice != null) {
                orderChoices.put(column, choice);
            }
        });
        return new ColumnFormats(markChoices, orderChoices);
    }

    private static <T> ColumnFormats.Choice<T> choose(int[] counts, T firstOption, T secondOption, T configured) {
        int first = counts[FIRST];
        int second = counts[SECOND];
        if (first == 0 && second == 0) {
            return counts[CANNOT_TELL] == 0 ? null : new ColumnFormats.Choice<>(configured, FormatDecision.Basis.SETTINGS);
        }
        if (first > 0 && second > 0) {
            T value = first == second ? configured : first > second ? firstOption : secondOption;
            return new ColumnFormats.Choice<>(value, FormatDecision.Basis.MAJORITY);
        }
        return new ColumnFormats.Choice<>(first > 0 ? firstOption : secondOption, FormatDecision.Basis.VALUES);
    }
}
