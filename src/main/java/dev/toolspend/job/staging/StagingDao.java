package dev.toolspend.job.staging;

import dev.toolspend.model.SourceRef;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * What every staging DAO shares: its JdbcTemplate, and how a row's source, decimals, nullable values and clipped
 * texts are written and read. A DAO is created after {@link StagingSchema}, so its tables exist.
 */
abstract class StagingDao {

    final JdbcTemplate jdbc;

    StagingDao(JdbcTemplate jdbc, StagingSchema schema) {
        this.jdbc = jdbc;
    }

    static void setSource(PreparedStatement ps, int first, SourceRef source) throws SQLException {
        ps.setString(first, source.file());
        ps.setString(first + 1, source.sheet());
        ps.setLong(first + 2, source.line());
    }

    static SourceRef source(ResultSet rs) throws SQLException {
        return new SourceRef(rs.getString("PATH"), rs.getString("SHEET"), rs.getLong("LINE"));
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
