package dev.toolspend.ingest.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** An open workbook: its sheets in workbook order, each readable as a {@link Table}. */
public interface WorkbookFile extends Closeable {

    /** A sheet's name, and whether Excel hides it (hidden or very hidden). */
    record SheetEntry(String name, boolean hidden) {
    }

    List<SheetEntry> sheets();

    /** The sheet's rows, streamed; closing the table leaves the workbook open. */
    Table table(String sheet) throws IOException;

    /** The workbook's one sheet as a table that closes the workbook with it. */
    static Table sheetOf(WorkbookFile workbook, String sheet) throws IOException {
        Table table;
        try {
            table = workbook.table(sheet);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
        return new Table() {
            @Override
            public TableRow next() throws IOException {
                return table.next();
            }

            @Override
            public void close() throws IOException {
                try {
                    table.close();
                } finally {
                    workbook.close();
                }
            }
        };
    }
}
