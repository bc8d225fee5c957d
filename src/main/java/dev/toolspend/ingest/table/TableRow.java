package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a {@link Table}. CSV rows are text only; workbook rows also expose typed cells, so that
 * a number or a date cell is never re-parsed from its displayed text.
 */
public interface TableRow {

    /** Physical line (CSV, the first line of a multi-line record) or row number as Excel shows it. */
    long line();

    int size();

    /** The cell as text, trimmed; "" when absent. */
    String text(int column);

    /** The cell's numeric value when the source typed it as a number, else null. */
    default BigDecimal number(int column) {
        return null;
    }

    /** The cell's date when the source typed it as a date, else null. */
    default LocalDate date(int column) {
        return null;
    }

    /** Whether numbers in this row's date columns are Excel serials of the 1904 system (Mac workbooks). */
    default boolean date1904() {
        return false;
    }

    /** Why the line could not be parsed into fields (an unclosed quote), or null for a good row. */
    default Message problem() {
        return null;
    }

    default boolean blank() {
        for (int i = 0; i < size(); i++) {
            if (!text(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    default List<String> texts() {
        List<String> texts = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            texts.add(text(i));
        }
        return texts;
    }
}
