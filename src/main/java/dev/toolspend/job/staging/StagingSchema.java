package dev.toolspend.job.staging;

import dev.toolspend.ingest.table.Sha256;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;

/**
 * Creates the staging tables, and re-creates them when toolspend-schema.sql changed since the
 * database was made (an upgrade). Staged rows are transient, and the schema's digest is part of a
 * run's identity, so a run staged under another schema is never resumed: dropping them loses nothing.
 */
@Component
public class StagingSchema implements InitializingBean {

    static final String SCRIPT = "toolspend-schema.sql";
    private static final List<String> TABLES = List.of("TS_INPUT_FILE", "TS_INPUT_TABLE", "TS_REJECTION", "TS_FX_RATE",
            "TS_LICENSE", "TS_BILLING", "TS_SEAT", "TS_USER_CATALOG", "TS_ROSTER");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private String fingerprint;

    public StagingSchema(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        ClassPathResource script = new ClassPathResource(SCRIPT);
        fingerprint = Sha256.of(new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        jdbc.execute("CREATE TABLE IF NOT EXISTS TS_SCHEMA (FINGERPRINT CHAR(64) NOT NULL)");
        List<String> current = jdbc.queryForList("SELECT FINGERPRINT FROM TS_SCHEMA", String.class);
        if (current.size() == 1 && current.get(0).equals(fingerprint)) {
            return;
        }
        for (String table : TABLES) {
            jdbc.execute("DROP TABLE IF EXISTS " + table);
        }
        new ResourceDatabasePopulator(script).execute(dataSource);
        jdbc.update("DELETE FROM TS_SCHEMA");
        jdbc.update("INSERT INTO TS_SCHEMA (FINGERPRINT) VALUES (?)", fingerprint);
    }

    /** Forgets everything staged for an instance (after it completes, or before it is scanned again). */
    public void clear(long instance) {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE INSTANCE_ID = ?", instance);
        }
    }

    /** Part of a run's identity, so that a run staged under another schema is never resumed. */
    public String fingerprint() {
        return fingerprint;
    }
}
