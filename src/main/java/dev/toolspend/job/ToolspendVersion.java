package dev.toolspend.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, as Maven wrote it (META-INF/build-info.properties, spring-boot-maven-plugin's
 * build-info goal): what the report says generated it, part of a run's identity, and what {@code --version}
 * prints. Never written in code, so it cannot disagree with the artifact.
 */
public final class ToolspendVersion {

    private static final String BUILD_INFO = "/META-INF/build-info.properties";

    private ToolspendVersion() {
    }

    /** The project version, or "unknown" for classes not built by Maven (an IDE's own compilation). */
    public static String current() {
        try (InputStream in = ToolspendVersion.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "unknown";
            }
            Properties build = new Properties();
            build.load(in);
            return build.getProperty("build.version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_INFO, e);
        }
    }

    /** How the report and the command line name this build: {@code toolspend 0.1.0}. */
    public static String generatedBy() {
        return "toolspend " + current();
    }
}
