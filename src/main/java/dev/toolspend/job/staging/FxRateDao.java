package dev.toolspend.job.staging;

import dev.toolspend.model.FxRate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.List;

/** TS_FX_RATE: the FX rates read. */
@Component
public class FxRateDao extends StagingDao {

    public FxRateDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
    }

    public void insert(long instance, List<FxRate> rates) {
        jdbc.batchUpdate("INSERT INTO TS_FX_RATE (INSTANCE_ID, PATH, SHEET, LINE, CURRENCY, RATE, BASE, EFFECTIVE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rates, 500, (ps, r) -> {
                    ps.setLong(1, instance);
                    setSource(ps, 2, r.source());
                    ps.setString(5, r.currency());
                    ps.setBigDecimal(6, r.rate());
                    ps.setString(7, r.base());
                    ps.setObject(8, r.effective(), Types.DATE);
                });
    }

    public List<FxRate> load(long instance) {
        return jdbc.query("SELECT PATH, SHEET, LINE, CURRENCY, RATE, BASE, EFFECTIVE FROM TS_FX_RATE"
                        + " WHERE INSTANCE_ID = ? ORDER BY PATH, SHEET, LINE",
                (rs, i) -> new FxRate(source(rs), rs.getString(4), decimal(rs, 5), rs.getString(6), localDate(rs, 7)),
                instance);
    }
}
