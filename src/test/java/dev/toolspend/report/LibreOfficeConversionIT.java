package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.History;
import dev.toolspend.analysis.Scenario;
import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.TableRead;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook opens cleanly in LibreOffice: headless LibreOffice converts it to PDF without error. It needs
 * LibreOffice, which the repository does not hold: tagged external, run by {@code mvn -Pexternal verify}
 * (.ci/run installs LibreOffice first), where a missing {@code soffice} fails it.
 */
@Tag("external")
class LibreOfficeConversionIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void libreOfficeConvertsTheWorkbookToPdf(String language) throws Exception {
        String soffice = onPath("soffice");
        assertThat(soffice).as("LibreOffice's soffice on the PATH (.ci/run installs it)").isNotNull();

        // September ran before: the workbook has a trend (two native line charts) and realized savings
        AnalysisResult september = new Scenario().period("2026-09")
                .license("zoom", 10, "10.00", BillingCycle.MONTHLY, "CAD")
                .license("webex", 8, "20.00", BillingCycle.MONTHLY, "CAD")
                .activeSeats("zoom", "z", 8).activeSeats("webex", "w", 2)
                .charge("zoom", "2026-09-03", "100.00", "CAD")
                .analyse();
        AnalysisResult result = new Scenario().history(new History(List.of(september.snapshot())))
                .license("zoom", 10, "10.00", BillingCycle.MONTHLY, "CAD")
                .license("webex", 5, "20.00", BillingCycle.MONTHLY, "CAD")
                .activeSeats("zoom", "z", 8).activeSeats("webex", "w", 2)
                .charge("zoom", "2026-10-03", "100.00", "CAD")
                .unrecognised("=HYPERLINK(\"http://x\",\"y\")", "2026-10-05", "12.00")
                .analyse();
        InputReport inputs = new InputReport(List.of(new InputFile("billing.csv", "ab".repeat(32), 10)),
                List.of(new TableRead("billing.csv", null, InputKind.BILLING, new FileStats(2, 2, 0, List.of()))),
                List.of(), List.of(), List.of(), "f".repeat(64));
        Path workbook = new ReportWriter(Labels.of(language), "toolspend test").write(result, inputs, temp.resolve("out"));
        try (XSSFWorkbook written = new XSSFWorkbook(workbook.toFile())) {
            XSSFSheet trend = written.getSheet(Labels.of(language).get("sheet.trend"));
            assertThat(trend.getDrawingPatriarch().getCharts()).as("native charts").hasSize(2)
                    .allSatisfy(chart -> assertThat(chart.getChartSeries()).isNotEmpty());
        }

        Process process = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", temp.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished within 3 minutes").isTrue();
        String log = Files.readString(temp.resolve("soffice.log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = temp.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).as(log).exists();
        assertThat(Files.readAllBytes(pdf)).hasSizeGreaterThan(2000).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(log.toLowerCase(Locale.ROOT)).doesNotContain("error");
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
