package dev.toolspend.job.staging;

import dev.toolspend.analysis.FindingType;
import dev.toolspend.analysis.History;
import dev.toolspend.analysis.RealizedSaving;
import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.model.Period;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * TS_HISTORY_*: each completed period's figures, findings and realized savings (toolspend-history.sql), kept across
 * runs and upgrades. A run for a period reads the periods before it; a rerun of a period replaces its rows.
 */
@Component
public class HistoryDao extends StagingDao implements InitializingBean {

    private static final int SCALE = 12;
    /** Children first, so that a period is never without its rows half-way. */
    private static final List<String> TABLES =
            List.of("TS_HISTORY_REALIZED", "TS_HISTORY_FINDING", "TS_HISTORY_TOOL", "TS_HISTORY_PERIOD");
    private final DataSource dataSource;

    public HistoryDao(JdbcTemplate jdbc, StagingSchema schema, DataSource dataSource) {
        super(jdbc, schema);
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        new ResourceDatabasePopulator(new ClassPathResource("toolspend-history.sql")).execute(dataSource);
    }

    /** The periods before {@code period}, oldest first. */
    public History before(Period period) {
        Map<String, List<History.ToolFigures>> tools = new HashMap<>();
        jdbc.query("SELECT PERIOD, TOOL_ID, TOOL_NAME, CATEGORY_ID, SEATS, ACTIVE_USERS, SPEND, ANNUAL_COST, LICENSE_ROWS,"
                        + " ANNUAL_SAVINGS FROM TS_HISTORY_TOOL WHERE PERIOD < ? ORDER BY PERIOD, TOOL_ID",
                rs -> {
                    tools.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new History.ToolFigures(
                            text(rs, 2), text(rs, 3), rs.getString(4), integer(rs, 5), integer(rs, 6), decimal(rs, 7),
                            decimal(rs, 8), rs.getInt(9), decimal(rs, 10)));
                }, period.toString());
        Map<String, List<History.OpenFinding>> findings = new HashMap<>();
        jdbc.query("SELECT PERIOD, TYPE, TOOL_ID, ANNUAL_SAVINGS, RECLAIMABLE_SEATS, OPEN_PERIODS FROM TS_HISTORY_FINDING"
                        + " WHERE PERIOD < ? ORDER BY PERIOD, TYPE, TOOL_ID",
                rs -> {
                    findings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new History.OpenFinding(
                            FindingType.valueOf(rs.getString(2)), text(rs, 3), decimal(rs, 4), integer(rs, 5),
                            rs.getInt(6)));
                }, period.toString());
        Map<String, List<RealizedSaving>> realized = new HashMap<>();
        jdbc.query("SELECT PERIOD, IDENTIFIED_IN, TYPE, TOOL_ID, ANNUAL_SAVINGS, SEATS_BEFORE, SEATS_AFTER, SEATS_RECLAIMED"
                        + " FROM TS_HISTORY_REALIZED WHERE PERIOD < ? ORDER BY PERIOD, TOOL_ID",
                rs -> {
                    realized.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new RealizedSaving(
                            Period.parse(rs.getString(1)), Period.parse(rs.getString(2)),
                            FindingType.valueOf(rs.getString(3)), text(rs, 4), decimal(rs, 5), integer(rs, 6),
                            integer(rs, 7), integer(rs, 8)));
                }, period.toString());
        List<History.Snapshot> snapshots = jdbc.query("SELECT PERIOD, CURRENCY, SPEND, ANNUAL_COST, ACTIVE_USERS,"
                        + " IDENTIFIED_SAVINGS FROM TS_HISTORY_PERIOD WHERE PERIOD < ? ORDER BY PERIOD",
                (rs, i) -> {
                    String p = rs.getString(1);
                    return new History.Snapshot(Period.parse(p), rs.getString(2), decimal(rs, 3), decimal(rs, 4),
                            rs.getInt(5), decimal(rs, 6), tools.getOrDefault(p, List.of()),
                            findings.getOrDefault(p, List.of()), realized.getOrDefault(p, List.of()));
                }, period.toString());
        return new History(snapshots);
    }

    /** What a run for {@code period} would read, as a digest: part of its identity, so a changed history reruns it. */
    public String digest(Period period, String currency) {
        StringBuilder canonical = new StringBuilder();
        before(period).before(period, currency).snapshots().forEach(s -> canonical.append(s).append('\n'));
        return Sha256.of(canonical.toString());
    }

    /** Replaces the history of the snapshot's period (in the caller's transaction). */
    public void replace(History.Snapshot s, String inputs) {
        String p = s.period().toString();
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE PERIOD = ?", p);
        }
        jdbc.update("INSERT INTO TS_HISTORY_PERIOD (PERIOD, CURRENCY, SPEND, ANNUAL_COST, ACTIVE_USERS, IDENTIFIED_SAVINGS,"
                        + " INPUTS, WRITTEN_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p, s.currency(), kept(s.spendInPeriod()),
                kept(s.annualCost()), s.activeUsers(), kept(s.identifiedSavings()), inputs, Timestamp.from(Instant.now()));
        jdbc.batchUpdate("INSERT INTO TS_HISTORY_TOOL (PERIOD, TOOL_ID, TOOL_NAME, CATEGORY_ID, SEATS, ACTIVE_USERS, SPEND,"
                        + " ANNUAL_COST, LICENSE_ROWS, ANNUAL_SAVINGS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.tools(), 500,
                (ps, t) -> {
                    ps.setString(1, p);
                    ps.setString(2, staged(t.toolId(), 1000));
                    ps.setString(3, staged(t.name(), 1000));
                    ps.setString(4, t.categoryId());
                    ps.setObject(5, t.seats(), Types.INTEGER);
                    ps.setObject(6, t.activeUsers(), Types.INTEGER);
                    ps.setBigDecimal(7, kept(t.spendInPeriod()));
                    ps.setBigDecimal(8, kept(t.annualCost()));
                    ps.setInt(9, t.licenseRows());
                    ps.setBigDecimal(10, kept(t.annualSavings()));
                });
        jdbc.batchUpdate("INSERT INTO TS_HISTORY_FINDING (PERIOD, TYPE, TOOL_ID, ANNUAL_SAVINGS, RECLAIMABLE_SEATS,"
                        + " OPEN_PERIODS) VALUES (?, ?, ?, ?, ?, ?)", s.findings(), 500,
                (ps, f) -> {
                    ps.setString(1, p);
                    ps.setString(2, f.type().name());
                    ps.setString(3, staged(f.toolId(), 1000));
                    ps.setBigDecimal(4, kept(f.annualSavings()));
                    ps.setObject(5, f.reclaimableSeats(), Types.INTEGER);
                    ps.setInt(6, f.openPeriods());
                });
        jdbc.batchUpdate("INSERT INTO TS_HISTORY_REALIZED (PERIOD, TOOL_ID, TYPE, IDENTIFIED_IN, ANNUAL_SAVINGS, SEATS_BEFORE,"
                        + " SEATS_AFTER, SEATS_RECLAIMED) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.realized(), 500,
                (ps, r) -> {
                    ps.setString(1, p);
                    ps.setString(2, staged(r.toolId(), 1000));
                    ps.setString(3, r.type().name());
                    ps.setString(4, r.identifiedIn().toString());
                    ps.setBigDecimal(5, kept(r.annualSavings()));
                    ps.setObject(6, r.seatsBefore(), Types.INTEGER);
                    ps.setObject(7, r.seatsAfter(), Types.INTEGER);
                    ps.setObject(8, r.seatsReclaimed(), Types.INTEGER);
                });
    }

    /** Forgets every period (tests that start each case from no history). */
    public void clear() {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** Twelve decimals, rounded the same way on every database. */
    private static BigDecimal kept(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
