package dev.toolspend.ingest;

import dev.toolspend.model.InputKind;

import java.util.List;
import java.util.Map;

/** A recognised header: the input kind and the column index of each field it has. */
public record HeaderMatch(InputKind kind, Map<Field, Integer> columns, List<String> header) {

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
        return index < 0 ? field.name().toLowerCase() : header.get(index);
    }
}
