package dev.toolspend.job.staging;

import dev.toolspend.model.Rejection;
import dev.toolspend.model.Stake;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Types;
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
                + " REASON, STAKE_AMOUNT, STAKE_CURRENCY, STAKE_DATE, HAS_STAKE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rejections, 500, (ps, r) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, r.source());
                    ps.setString(5, staged(r.column(), 255));
                    ps.setString(6, staged(r.value(), 4000));
                    ps.setString(7, r.field());
                    ps.setString(8, MessageText.encode(r.reason()));
                    Stake stake = r.stake();
                    ps.setString(9, stake == null || stake.amount() == null ? null : stake.amount().toPlainString());
                    ps.setString(10, stake == null ? null : stake.currency());
                    ps.setObject(11, stake == null ? null : stake.date(), Types.DATE);
                    ps.setBoolean(12, stake != null);
                });
    }

    public List<Rejection> load(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, COLUMN_NAME, RAW_VALUE, FIELD_NAME, REASON, STAKE_AMOUNT,"
                        + " STAKE_CURRENCY, STAKE_DATE, HAS_STAKE FROM TS_REJECTION"
                        + " WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE, ID",
                (rs, i) -> new Rejection(source(rs), text(rs, 4), rs.getString(6), text(rs, 5),
                        MessageText.decode(rs.getString(7)), rs.getBoolean(11) ? new Stake(
                                rs.getString(8) == null ? null : new BigDecimal(rs.getString(8)), rs.getString(9),
                                localDate(rs, 10)) : null), instance);
    }
}
