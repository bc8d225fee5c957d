package dev.toolspend.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless LibreOffice, for the tests tagged external (.ci/run installs it): a workbook printed to PDF. */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** A PDF LibreOffice printed, and what it said while printing it. */
    public record Printed(Path pdf, String log) {
    }

    /** Prints {@code workbook} to a PDF of the same name in {@code folder}; fails when LibreOffice is missing or fails. */
    public static Printed toPdf(Path workbook, Path folder) throws IOException, InterruptedException {
        String soffice = onPath("soffice");
        assertThat(soffice).as("LibreOffice's soffice on the PATH (.ci/run installs it)").isNotNull();
        Path log = folder.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("LibreOffice finished within 5 minutes").isTrue();
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(said).isZero();
        String name = workbook.getFileName().toString();
        Path pdf = folder.resolve(name.substring(0, name.length() - ".xlsx".length()) + ".pdf");
        assertThat(pdf).as(said).exists();
        return new Printed(pdf, said);
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            File candidate = new File(dir, program);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
