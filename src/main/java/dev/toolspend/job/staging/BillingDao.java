package dev.toolspend.job.staging;

import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.List;

/**
 * TS_BILLING: each billing table's lines dated in the period, summed per tool (or unrecognised descriptor),
 * currency and kind, each sum standing for one or more input lines.
 */
@Component
public class BillingDao extends StagingDao {

    public BillingDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
    }

    /** Billing lines of one table, dated in the period, each standing for one or more input lines. */
    public void insert(long instance, int seq, List<BillingLine> lines) {
        jdbc.batchUpdate("INSERT INTO TS_BILLING (INSTANCE_ID, PATH, SHEET, LINE, TXN_DATE, DESCRIPTOR, DESCRIPTION,"
                        + " AMOUNT, CURRENCY, DEPARTMENT, TOOL_ID, DESCRIPTOR_KEY, CHARGE_KIND, PROVIDER, MATCH_RULE, LINES,"
                        + " ANNUAL_CYCLE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, 1000, (ps, l) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, l.source());
                    ps.setObject(5, l.date(), Types.DATE);
                    ps.setString(6, staged(l.descriptor(), 2000));
                    ps.setString(7, staged(l.description(), 4000));
                    ps.setBigDecimal(8, l.amount());
                    ps.setString(9, l.currency());
                    ps.setString(10, staged(l.department(), 1000));
                    ps.setString(11, staged(l.toolId()));
                    ps.setString(12, staged(l.descriptorKey(), 2000));
                    ps.setString(13, l.kind().name());
                    ps.setString(14, staged(l.provider(), 1000));
                    ps.setString(15, MessageText.encode(l.matchRule()));
                    ps.setLong(16, l.lines());
                    ps.setBoolean(17, l.annual());
                });
    }

    /** Billing lines dated in the period: the only ones any rule uses. */
    public List<BillingLine> inPeriod(long instance, Period period) {
        return jdbc.query("SELECT PATH, SHEET, LINE, TXN_DATE, DESCRIPTOR, DESCRIPTION, AMOUNT, CURRENCY, DEPARTMENT,"
                        + " TOOL_ID, DESCRIPTOR_KEY, CHARGE_KIND, PROVIDER, MATCH_RULE, LINES, ANNUAL_CYCLE FROM TS_BILLING"
                        + " WHERE INSTANCE_ID = ? AND TXN_DATE BETWEEN ? AND ? ORDER BY PATH, SHEET, LINE, CHARGE_KIND",
                (rs, i) -> new BillingLine(source(rs), localDate(rs, 4), text(rs, 5), text(rs, 6),
                        decimal(rs, 7), rs.getString(8), text(rs, 9), text(rs, 10), text(rs, 11),
                        ChargeKind.valueOf(rs.getString(12)), text(rs, 13), MessageText.decode(rs.getString(14)),
                        rs.getLong(15), rs.getBoolean(16)),
                instance, period.start(), period.asOf());
    }
}
