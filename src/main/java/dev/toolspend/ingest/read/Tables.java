package dev.toolspend.ingest.read;

import dev.toolspend.ingest.table.CsvTable;
import dev.toolspend.ingest.table.SheetTable;
import dev.toolspend.ingest.table.Table;
import dev.toolspend.ingest.value.Values;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the table an {@link InputSource} describes, as the inventory found it. */
public final class Tables {

    private Tables() {
    }

    public static Table open(Path inputRoot, InputSource source) throws IOException {
        Path file = inputRoot.resolve(source.path());
        if (source.sheet() != null) {
            return SheetTable.open(file, source.sheet());
        }
        CsvTable table = source.format() == null ? CsvTable.open(file) : CsvTable.open(file, source.format());
        table.expectFields(source.columns().size());
        return table;
    }

    public static <T> TableReader<T> reader(Path inputRoot, InputSource source, RowMapper<T> mapper, Values values)
            throws IOException {
        return new TableReader<>(open(inputRoot, source), source, mapper, values);
    }
}
