package dev.toolspend.ingest.header;

import dev.toolspend.model.InputKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A recognised header: the layout (and so the input kind) and the column index of each field it has. */
public record HeaderMatch(Layout layout, Map<Field, Integer> columns, List<String> header) {

    public InputKind kind() {
        return layout.kind();
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** The column index, or -1 when the header has no such column. */
    public int index(Field field) {
        return columns.getOrDefault(field, -1);
    }

    /** The column's name as the file spells it. */
    public String name(Field field) {
        int index = index(field);
        return index < 0 ? field.name().toLowerCase(Locale.ROOT) : header.get(index);
    }

    /** The columns read as amounts: their decimal mark is settled per column. */
    public Set<Integer> amountColumns() {
        Set<Integer> out = new TreeSet<>();
        columns.forEach((field, index) -> {
            if (field.type() == Field.Type.AMOUNT) {
                out.add(index);
            }
        });
        return out;
    }

    /** The columns read as dates: their day/month order is settled per column. */
    public Set<Integer> dateColumns() {
        Set<Integer> out = new TreeSet<>(layout.extraDateColumns(header));
        columns.forEach((field, index) -> {
            if (field.type() == Field.Type.DATE) {
                out.add(index);
            }
        });
        return out;
    }
}
