package dev.toolspend.job.staging;

import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.LicenseRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.List;

/** TS_LICENSE: the license register's rows, their tool names resolved. */
@Component
public class LicenseDao extends StagingDao {

    public LicenseDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
    }

    public void insert(long instance, List<LicenseRow> rows) {
        jdbc.batchUpdate("INSERT INTO TS_LICENSE (INSTANCE_ID, PATH, SHEET, LINE, TOOL_NAME, TOOL_ID, PLAN, SEATS, PRICE,"
                        + " CYCLE, CURRENCY, RENEWAL_DATE, NOTICE_DAYS, OWNER, DEPARTMENT, CATEGORY, INACTIVE_AFTER_DAYS,"
                        + " EXEMPT, AUTO_RENEW) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, 500, (ps, r) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, r.source());
                    ps.setString(5, staged(r.toolName(), 1000));
                    ps.setString(6, staged(r.toolId()));
                    ps.setString(7, staged(r.plan(), 1000));
                    ps.setInt(8, r.seats());
                    ps.setBigDecimal(9, r.pricePerSeat());
                    ps.setString(10, r.cycle() == null ? null : r.cycle().name());
                    ps.setString(11, r.currency());
                    ps.setObject(12, r.renewalDate(), Types.DATE);
                    ps.setObject(13, r.noticeDays(), Types.INTEGER);
                    ps.setString(14, staged(r.owner(), 1000));
                    ps.setString(15, staged(r.department(), 1000));
                    ps.setString(16, staged(r.category(), 1000));
                    ps.setObject(17, r.inactiveAfterDays(), Types.INTEGER);
                    ps.setObject(18, r.exempt(), Types.BOOLEAN);
                    ps.setObject(19, r.autoRenew(), Types.BOOLEAN);
                });
    }

    public List<LicenseRow> load(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, TOOL_NAME, TOOL_ID, PLAN, SEATS, PRICE, CYCLE, CURRENCY,"
                        + " RENEWAL_DATE, NOTICE_DAYS, OWNER, DEPARTMENT, CATEGORY, INACTIVE_AFTER_DAYS, EXEMPT, AUTO_RENEW"
                        + " FROM TS_LICENSE WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new LicenseRow(source(rs), text(rs, 4), text(rs, 5), text(rs, 6), rs.getInt(7),
                        decimal(rs, 8), rs.getString(9) == null ? null : BillingCycle.valueOf(rs.getString(9)),
                        rs.getString(10), localDate(rs, 11),
                        integer(rs, 12), text(rs, 13), text(rs, 14), text(rs, 15), integer(rs, 16),
                        bool(rs, 17), bool(rs, 18)), instance);
    }

    /** The tools the license register names. */
    public List<String> toolIds(long instance) {
        return jdbc.queryForList("SELECT DISTINCT TOOL_ID FROM TS_LICENSE WHERE INSTANCE_ID = ?", String.class, instance)
                .stream().map(StagingDao::text).toList();
    }
}
