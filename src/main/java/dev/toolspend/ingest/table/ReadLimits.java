package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

/**
 * How much of a file toolspend agrees to read, enforced while it reads (before a row reaches the database or
 * the heap grows with it): a file over a limit is ignored, a row over a limit rejected, each with the limit
 * named (the setting {@code toolspend.limits.<name>}). Defaults and the reasons for them: docs/security.md.
 *
 * @param fileBytes   bytes of one input file ({@code max-file-bytes})
 * @param fieldChars  characters of one cell ({@code max-field-chars}); a longer cell rejects its row
 * @param headerChars characters of a row where a header is looked for ({@code max-header-chars})
 * @param columns     cells of one row ({@code max-columns}); a header row with more ignores the table, a data
 *                    row with more is rejected
 * @param sheetRows   rows of one workbook sheet ({@code max-sheet-rows})
 * @param partBytes   uncompressed bytes of one part of a workbook (a sheet, the shared strings; {@code
 *                    max-part-bytes})
 */
public record ReadLimits(long fileBytes, int fieldChars, int headerChars, int columns, int sheetRows,
                         long partBytes) {

    /** Excel's own limits for cells and rows, and what a small company's exports never come near for the rest. */
    public static final ReadLimits DEFAULTS = new ReadLimits(4L << 30, 32_767, 65_536, 1_024, 1_048_576, 256L << 20);

    public ReadLimits {
        String[] names = {"max-file-bytes", "max-field-chars", "max-header-chars", "max-columns", "max-sheet-rows",
                "max-part-bytes"};
        long[] values = {fileBytes, fieldChars, headerChars, columns, sheetRows, partBytes};
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 1) {
                throw new Invalid(names[i]);
            }
        }
    }

    /** A limit set below 1; its message is the setting's name, said in the report language where it is caught. */
    public static final class Invalid extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public Invalid(String setting) {
            super(setting);
        }

        public String setting() {
            return getMessage();
        }
    }

    /**
     * The longest CSV line worth holding: a line longer than {@link #columns} cells of {@link #fieldChars} characters
     * (and their delimiters and quotes) breaks one of the two limits whatever its content.
     */
    public int lineChars() {
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) columns * (fieldChars + 3L));
    }

    /** A file's size over {@link #fileBytes}, or null. */
    public Message fileTooLarge(long size) {
        return size > fileBytes ? Message.of("limit.fileBytes", size, fileBytes) : null;
    }

    /** Why a row found where a header may be cannot be one: over {@link #columns} or {@link #headerChars}; or null. */
    public Message headerTooLarge(TableRow row) {
        Message rowProblem = rowTooLarge(row);
        if (rowProblem != null) {
            return rowProblem;
        }
        long chars = 0;
        for (int i = 0; i < row.size(); i++) {
            chars += row.text(i).length();
        }
        return chars > headerChars ? Message.of("limit.headerChars", row.line(), chars, (long) headerChars) : null;
    }

    /** Why a row is over {@link #columns} or one of its cells over {@link #fieldChars}; or null. */
    public Message rowTooLarge(TableRow row) {
        if (row.problem() != null && row.problem().key().startsWith("limit.")) {
            return row.problem();
        }
        if (row.size() > columns) {
            return Message.of("limit.columns", row.line(), (long) row.size(), (long) columns);
        }
        return null;
    }

    Message fieldTooLong(long line, long chars) {
        return Message.of("limit.fieldChars", line, chars, (long) fieldChars);
    }

    Message lineTooLong(long line) {
        return Message.of("limit.lineChars", line, (long) lineChars(), (long) columns, (long) fieldChars);
    }

    Message partTooLarge(String part) {
        return Message.of("limit.partBytes", part, partBytes);
    }

    Message sheetTooLong() {
        return Message.of("limit.sheetRows", (long) sheetRows);
    }
}
