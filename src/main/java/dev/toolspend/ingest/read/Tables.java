package dev.toolspend.ingest.read;

import dev.toolspend.ingest.table.CsvTable;
import dev.toolspend.ingest.table.CsvFormat;
import dev.toolspend.ingest.table.FileSnapshot;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.ingest.table.WorkbookFile;
import dev.toolspend.ingest.table.Workbooks;
import dev.toolspend.ingest.table.Table;
import dev.toolspend.ingest.value.Values;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the table an {@link InputSource} describes, as the inventory found it. */
public final class Tables {

    private Tables() {
    }

    /**
     * The table, checked against the inventory's {@link FileSnapshot} before its first row and after its last: a
     * file changed since is refused, not read in part.
     */
    public static Table open(Path inputRoot, InputSource source, ReadLimits limits) throws IOException {
        Path file = inputRoot.resolve(source.path());
        if (source.snapshot() != null) {
            source.snapshot().check(file);
            return new Checked(unchecked(file, source, limits), file, source.snapshot());
        }
        return unchecked(file, source, limits);
    }

    private static Table unchecked(Path file, InputSource source, ReadLimits limits) throws IOException {
        if (source.sheet() != null) {
            return WorkbookFile.sheetOf(Workbooks.open(file, limits), source.sheet());
        }
        CsvTable table = CsvTable.open(file, source.format() == null ? CsvFormat.detect(file) : source.format(), limits);
        table.expectFields(source.columns().size());
        return table;
    }

    /** A table whose file is checked against its snapshot once its last row is read. */
    private record Checked(Table table, Path file, FileSnapshot snapshot) implements Table {

        @Override
        public TableRow next() throws IOException {
            TableRow row = table.next();
            if (row == null) {
                snapshot.check(file);
            }
            return row;
        }

        @Override
        public void close() throws IOException {
            table.close();
        }
    }

    public static <T> TableReader<T> reader(Path inputRoot, InputSource source, RowMapper<T> mapper, Values values)
            throws IOException {
        return new TableReader<>(open(inputRoot, source, values.settings().limits()), source, mapper, values);
    }
}
