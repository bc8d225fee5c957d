package dev.toolspend.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the table an {@link InputSource} describes. */
public final class Tables {

    private Tables() {
    }

    public static Table open(Path inputRoot, InputSource source) throws IOException {
        Path file = inputRoot.resolve(source.path());
        return source.sheet() == null ? CsvTable.open(file) : SheetTable.open(file, source.sheet());
    }

    public static <T> TableReader<T> reader(Path inputRoot, InputSource source, RowMapper<T> mapper, Values values)
            throws IOException {
        return new TableReader<>(open(inputRoot, source), source, mapper, values);
    }
}
