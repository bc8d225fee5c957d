package dev.toolspend.job.staging;

import dev.toolspend.model.RosterEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.List;

/** TS_ROSTER: the HR roster's rows. */
@Component
public class RosterDao extends StagingDao {

    public RosterDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
    }

    public void insert(long instance, List<RosterEntry> entries) {
        jdbc.batchUpdate("INSERT INTO TS_ROSTER (INSTANCE_ID, PATH, SHEET, LINE, USER_NAME, HAS_LEFT, END_DATE, DEPARTMENT,"
                + " MANAGER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries, 500, (ps, e) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, e.source());
                    ps.setString(5, staged(e.user(), 512));
                    ps.setObject(6, e.left(), Types.BOOLEAN);
                    ps.setObject(7, e.endDate(), Types.DATE);
                    ps.setString(8, staged(e.department(), 1000));
                    ps.setString(9, staged(e.manager(), 512));
                });
    }

    public List<RosterEntry> load(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, USER_NAME, HAS_LEFT, END_DATE, DEPARTMENT, MANAGER FROM TS_ROSTER"
                        + " WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new RosterEntry(source(rs), text(rs, 4), bool(rs, 5), localDate(rs, 6), text(rs, 7),
                        text(rs, 8)), instance);
    }
}
