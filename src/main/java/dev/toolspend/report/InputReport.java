package dev.toolspend.report;

import dev.toolspend.model.DataNote;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.TableRead;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the report says about the inputs themselves: files, how each table was read, what was not used.
 *
 * @param notes things to fix that no rule found (a user-catalog row naming an unknown category…)
 */
public record InputReport(List<InputFile> files, List<TableRead> tables, List<IgnoredInput> ignored,
                          List<Rejection> rejections, List<DataNote> notes, String catalogFingerprint) {

    /**
     * The same with the rows a rule rejected after reading (a currency without an FX rate) among the rejections and
     * in their table's counts: what every part of the report shows.
     */
    public InputReport withRejectionsAfterReading(List<Rejection> afterReading) {
        if (afterReading.isEmpty()) {
            return this;
        }
        List<TableRead> counted = tables.stream().map(t -> t.withStats(t.stats().rejectingAfterRead(afterReading.stream()
                .filter(r -> r.source().line() > 0 && r.source().table().equals(t.table()))
                .mapToLong(r -> r.source().line()).distinct().count()))).toList();
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(afterReading);
        return new InputReport(files, counted, ignored, all, notes, catalogFingerprint);
    }

    /**
     * The column a rejection or note points at, as the file names it: given, or, for what a rule found after
     * reading, the column of the table that holds the field; where the table has none, the name of the field.
     */
    public String column(SourceRef where, String asWritten, String field, Labels labels) {
        if (asWritten != null || field == null) {
            return asWritten;
        }
        return tables.stream()
                .filter(t -> t.table().equals(where.table()))
                .map(t -> t.columns().get(field)).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> labels.message(Message.of("field." + field)));
    }

    /** Rows rejected, while reading or after, each once (a whole file that could not be read counts as one). */
    public long rowsRejected() {
        return rejections.size();
    }

    /** Files with at least one table read. */
    public long filesRead() {
        return tables.stream().map(TableRead::path).distinct().count();
    }

    /** Files of which nothing was read. */
    public long filesIgnored() {
        return ignored.stream().map(i -> i.path()).distinct()
                .filter(path -> tables.stream().noneMatch(t -> t.path().equals(path))).count();
    }

    public long rowsRead() {
        return tables.stream().mapToLong(t -> t.stats().read()).sum();
    }
}
