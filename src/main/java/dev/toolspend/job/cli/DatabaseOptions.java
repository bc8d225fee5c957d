package dev.toolspend.job.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the job history lives, for every command that opens it (a run, {@code status}): the data folder, or another
 * database. The password never comes from the command line, which every user of the machine can read ({@code ps}).
 */
final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "toolspend.data-dir")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", descriptionKey = "toolspend.db-url")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "toolspend.db-user")
    String dbUser;

    /** Refused: a command line is visible to every user of the machine ({@code ps}). */
    @Option(names = "--db-password", paramLabel = "PASSWORD", hidden = true, descriptionKey = "toolspend.db-password")
    String dbPassword;

    @Option(names = "--db-password-file", paramLabel = "FILE", descriptionKey = "toolspend.db-password-file")
    Path dbPasswordFile;

    /** The stop label of a refused option and its value, or null when the options can be used. */
    String[] refused() {
        if (dbPassword != null) {
            return new String[]{"dbPassword", "--db-password"};
        }
        if (dbPasswordFile != null && !Files.isReadable(dbPasswordFile)) {
            return new String[]{"dbPasswordFile", dbPasswordFile.toString()};
        }
        return null;
    }

    /** The data folder, as Spring will find it: the option, the system property, the environment, {@code data}. */
    Path dataDirectory() {
        return Path.of(ToolspendCommand.beforeSpring(dataDir, "toolspend.data-dir", "TOOLSPEND_DATA_DIR", "data"));
    }

    /** The database URL given (option, system property or environment), null for the data folder's own. */
    String databaseUrl() {
        return ToolspendCommand.beforeSpring(dbUrl, "spring.datasource.url", "SPRING_DATASOURCE_URL", null);
    }

    void addTo(Map<String, Object> settings) {
        ToolspendCommand.put(settings, "toolspend.data-dir", dataDir == null ? null : dataDir.toAbsolutePath().toString());
        ToolspendCommand.put(settings, "spring.datasource.url", dbUrl);
        ToolspendCommand.put(settings, "spring.datasource.username", dbUser);
        ToolspendCommand.put(settings, "spring.datasource.password", passwordFromFile());
    }

    /** The first line of {@code --db-password-file}. */
    private String passwordFromFile() {
        if (dbPasswordFile == null) {
            return null;
        }
        try (var lines = Files.lines(dbPasswordFile)) {
            return lines.findFirst().map(String::strip).orElse("");
        } catch (IOException | UncheckedIOException e) {
            return null;                                // said before anything starts (refused)
        }
    }
}
