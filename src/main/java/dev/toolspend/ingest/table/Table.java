package dev.toolspend.ingest.table;

import java.io.Closeable;
import java.io.IOException;

/** Rows of a CSV file or of a workbook sheet, in file order, header and title rows included. */
public interface Table extends Closeable {

    /** The next row, or null at the end. Throws {@link MalformedInputException} when the rest cannot be read. */
    TableRow next() throws IOException;

    @Override
    void close() throws IOException;
}
