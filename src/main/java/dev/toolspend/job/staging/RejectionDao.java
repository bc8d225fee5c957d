package dev.toolspend.job.staging;

import dev.toolspend.model.Rejection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** TS_REJECTION: the rows that could not be used, with file, line, column, value and reason. */
@Component
public class RejectionDao extends StagingDao {

    public RejectionDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
    }

    public void insert(long instance, Collection<Rejection> rejections) {
        jdbc.batchUpdate("INSERT INTO TS_REJECTION (INSTANCE_ID, PATH, SHEET, LINE, COLUMN_NAME, RAW_VALUE, FIELD_NAME,"
                + " REASON) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rejections, 500, (ps, r) -> {
                    ps.setLong(1, instance);
                    ps.setString(2, r.source().file());
                    ps.setString(3, r.source().sheet());
                    ps.setLong(4, r.source().line());
                    ps.setString(5, clip(r.column(), 255));
                    ps.setString(6, clip(r.value(), 4000));
                    ps.setString(7, r.field());
                    ps.setString(8, MessageText.encode(r.reason()));
                });
    }

    public List<Rejection> load(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, COLUMN_NAME, RAW_VALUE, FIELD_NAME, REASON FROM TS_REJECTION"
                        + " WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE, ID",
                (rs, i) -> new Rejection(source(rs), rs.getString(4), rs.getString(6), rs.getString(5),
                        MessageText.decode(rs.getString(7))), instance);
    }
}
