package dev.toolspend.job.staging;

import dev.toolspend.model.UserCatalogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.List;

/** TS_USER_CATALOG: the user-catalog rows found in the input folder. */
@Component
public class UserCatalogDao extends StagingDao {

    public UserCatalogDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
    }

    public void insert(long instance, List<UserCatalogEntry> entries) {
        jdbc.batchUpdate("INSERT INTO TS_USER_CATALOG (INSTANCE_ID, PATH, SHEET, LINE, TOOL_ID, NAME, VENDOR, CATEGORY,"
                        + " ALIASES, LIST_PRICE, CURRENCY, OVERLAP) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries, 500, (ps, e) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, e.source());
                    ps.setString(5, staged(e.id(), 255));
                    ps.setString(6, staged(e.name(), 1000));
                    ps.setString(7, staged(e.vendor(), 1000));
                    ps.setString(8, staged(e.category(), 1000));
                    ps.setString(9, staged(String.join("|", e.aliases()), 8000));
                    ps.setBigDecimal(10, e.listPricePerSeatMonth());
                    ps.setString(11, e.currency());
                    ps.setObject(12, e.overlap(), Types.BOOLEAN);
                });
    }

    public List<UserCatalogEntry> load(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, TOOL_ID, NAME, VENDOR, CATEGORY, ALIASES, LIST_PRICE, CURRENCY,"
                        + " OVERLAP FROM TS_USER_CATALOG WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new UserCatalogEntry(source(rs), text(rs, 4), text(rs, 5), text(rs, 6),
                        text(rs, 7), rs.getString(8) == null || rs.getString(8).isEmpty() ? List.of()
                        : List.of(text(rs, 8).split("\\|")), decimal(rs, 9), rs.getString(10), bool(rs, 11)),
                instance);
    }
}
