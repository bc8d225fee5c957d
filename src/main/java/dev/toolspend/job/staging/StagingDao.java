package dev.toolspend.job.staging;

import dev.toolspend.model.SourceRef;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What every staging DAO shares: its JdbcTemplate, and how a row's source, decimals, nullable values and texts
 * from the inputs are written and read. A DAO is created after {@link StagingSchema}, so its tables exist.
 */
abstract class StagingDao {

    final JdbcTemplate jdbc;

    StagingDao(JdbcTemplate jdbc, StagingSchema schema) {
        this.jdbc = jdbc;
    }

    /**
     * Stands for what PostgreSQL's text cannot hold: U+0000, which HSQLDB's can and a cell or a sheet name of a
     * broken or hostile file may. Staged text has U+0000 as ESCAPE '0' and ESCAPE itself as ESCAPE ESCAPE
     * ({@link #staged}), and is read back as it was ({@link #text}): a file holding one neither stops the run nor
     * changes the report, on either database. U+0010 (data link escape), which no export writes: text is longer
     * only where it holds either.
     */
    static final char ESCAPE = '\u0010';

    static void setSource(PreparedStatement ps, int first, SourceRef source) throws SQLException {
        ps.setString(first, staged(source.file()));
        ps.setString(first + 1, staged(source.sheet()));
        ps.setLong(first + 2, source.line());
    }

    static SourceRef source(ResultSet rs) throws SQLException {
        return new SourceRef(text(rs.getString("PATH")), text(rs.getString("SHEET")), rs.getLong("LINE"));
    }

    /** Text from the inputs as staged: U+0000 escaped ({@link #ESCAPE}). */
    static String staged(String text) {
        if (text == null || (text.indexOf('\0') < 0 && text.indexOf(ESCAPE) < 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                out.append(ESCAPE).append('0');
            } else {
                out.append(c);
                if (c == ESCAPE) {
                    out.append(ESCAPE);
                }
            }
        }
        return out.toString();
    }

    /**
     * Text from the inputs as staged in a column of {@code max} characters: escaped, then clipped ({@link #clip})
     * without cutting an escape in two, so that a text of escapes cannot overflow the column.
     */
    static String staged(String text, int max) {
        String escaped = staged(text);
        if (escaped == null || escaped.length() <= max) {
            return escaped;
        }
        int end = max - 1;
        int escapes = 0;
        while (escapes < end && escaped.charAt(end - 1 - escapes) == ESCAPE) {
            escapes++;
        }
        return escaped.substring(0, escapes % 2 == 0 ? end : end - 1) + "…";
    }

    /** Staged text as it was before it was staged ({@link #staged}). */
    static String text(String staged) {
        if (staged == null || staged.indexOf(ESCAPE) < 0) {
            return staged;
        }
        StringBuilder out = new StringBuilder(staged.length());
        for (int i = 0; i < staged.length(); i++) {
            char c = staged.charAt(i);
            if (c == ESCAPE && i + 1 < staged.length()) {
                char next = staged.charAt(++i);
                out.append(next == '0' ? '\0' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String text(ResultSet rs, int column) throws SQLException {
        return text(rs.getString(column));
    }

    static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Boolean bool(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
