package dev.toolspend.report;

import dev.toolspend.model.DataNote;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.TableRead;

import java.util.List;

/**
 * What the report says about the inputs themselves: files, how each table was read, what was not used.
 *
 * @param notes things to fix that no rule found (a user-catalog row naming an unknown category…)
 */
public record InputReport(List<InputFile> files, List<TableRead> tables, List<IgnoredInput> ignored,
                          List<Rejection> readRejections, List<DataNote> notes, String catalogFingerprint) {

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
