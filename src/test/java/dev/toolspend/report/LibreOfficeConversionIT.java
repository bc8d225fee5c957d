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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

        LibreOffice.Printed printed = LibreOffice.toPdf(workbook, temp);
        Path pdf = printed.pdf();
        String log = printed.log();
        assertThat(Files.readAllBytes(pdf)).hasSizeGreaterThan(2000).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(log.toLowerCase(Locale.ROOT)).doesNotContain("error");
    }
}
