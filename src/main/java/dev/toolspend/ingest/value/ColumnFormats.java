package dev.toolspend.ingest.value;

import dev.toolspend.model.FormatDecision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decimal mark of each amount column and the day/month order of each date column of one table,
 * settled once from all of its values ({@link FormatProfiler}) before any row is read, so that every
 * row of a column is read the same way, and a restarted run reads it the same way again.
 */
public final class ColumnFormats {

    public static final ColumnFormats NONE = new ColumnFormats(Map.of(), Map.of());

    record Choice<T>(T value, FormatDecision.Basis basis) {
    }

    private final Map<Integer, Choice<DecimalMark>> marks;
    private final Map<Integer, Choice<DateOrder>> orders;

    ColumnFormats(Map<Integer, Choice<DecimalMark>> marks, Map<Integer, Choice<DateOrder>> orders) {
        this.marks = new TreeMap<>(marks);
        this.orders = new TreeMap<>(orders);
    }

    public DecimalMark mark(int column, IngestSettings settings) {
        Choice<DecimalMark> choice = marks.get(column);
        return choice == null ? settings.decimalMark() : choice.value();
    }

    public DateOrder order(int column, IngestSettings settings) {
        Choice<DateOrder> choice = orders.get(column);
        return choice == null ? settings.dateOrder() : choice.value();
    }

    /** Every decision, in column order, naming the columns as {@code header} does. */
    public List<FormatDecision> decisions(List<String> header) {
        List<FormatDecision> out = new ArrayList<>();
        TreeMap<Integer, List<FormatDecision>> byColumn = new TreeMap<>();
        marks.forEach((column, c) -> byColumn.computeIfAbsent(column, k -> new ArrayList<>()).add(new FormatDecision(
                name(header, column), FormatDecision.Subject.DECIMAL_MARK, c.value().name(), c.basis())));
        orders.forEach((column, c) -> byColumn.computeIfAbsent(column, k -> new ArrayList<>()).add(new FormatDecision(
                name(header, column), FormatDecision.Subject.DATE_ORDER, c.value().name(), c.basis())));
        byColumn.values().forEach(out::addAll);
        return out;
    }

    /** A compact text form for the staging tables: {@code M3=COMMA:VALUES;O0=DMY:SETTINGS}. */
    public String encode() {
        List<String> parts = new ArrayList<>();
        marks.forEach((column, c) -> parts.add("M" + column + "=" + c.value() + ":" + c.basis()));
        orders.forEach((column, c) -> parts.add("O" + column + "=" + c.value() + ":" + c.basis()));
        return String.join(";", parts);
    }

    public static ColumnFormats decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<Integer, Choice<DecimalMark>> marks = new TreeMap<>();
        Map<Integer, Choice<DateOrder>> orders = new TreeMap<>();
        for (String part : text.split(";", -1)) {
            int eq = part.indexOf('=');
            int colon = part.indexOf(':');
            int column = Integer.parseInt(part.substring(1, eq));
            FormatDecision.Basis basis = FormatDecision.Basis.valueOf(part.substring(colon + 1));
            String value = part.substring(eq + 1, colon);
            if (part.charAt(0) == 'M') {
                marks.put(column, new Choice<>(DecimalMark.valueOf(value), basis));
            } else {
                orders.put(column, new Choice<>(DateOrder.valueOf(value), basis));
            }
        }
        return new ColumnFormats(marks, orders);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnFormats other && encode().equals(other.encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }

    private static String name(List<String> header, int column) {
        return column < header.size() && !header.get(column).isBlank() ? header.get(column) : "#" + (column + 1);
    }
}
