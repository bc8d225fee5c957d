package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.Scenario;
import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.TableRead;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1-555", "@SUM(A1)",
            "\tTabbed Tool", "-2+3");

    @TempDir
    Path out;

    private static InputReport inputs(List<Rejection> rejections) {
        return new InputReport(
                List.of(new InputFile("licenses.xlsx", "ab".repeat(32), 1234), new InputFile("billing.csv", "cd".repeat(32), 99),
                        new InputFile("=cmd.csv", "ef".repeat(32), 5)),
                List.of(new TableRead("licenses.xlsx", "Licenses", InputKind.LICENSES, new FileStats(5, 5, 0, List.of())),
                        new TableRead("billing.csv", null, InputKind.BILLING, new FileStats(4, 2, 1, List.of(new FileStats.Skip(SkipReason.BLANK, 1, 3))))),
                List.of(new IgnoredInput("=cmd.csv", null, List.of("=A1", "@B"), Message.of("ignored.noHeader"))),
                rejections, List.of(), "f".repeat(64));
    }

    /** Text from inputs never becomes a formula or a link: quote-prefixed in every sheet, apostrophe in CSV. */
    @Test
    void textFromInputsStaysInert() throws Exception {
        Scenario scenario = new Scenario();
        for (String name : HOSTILE) {
            scenario.license(new LicenseRow(SourceRef.csv("licenses.xlsx", 2), name, "custom-" + Integer.toHexString(name.hashCode()),
                    "+plan", 3, new BigDecimal("10"), BillingCycle.MONTHLY, "CAD", null, null, "=owner()", null, null,
                    null, null, null));
            scenario.unrecognised(name, "2026-10-05", "12.00");
        }
        scenario.seat("figma", "+1-555@co.ca", 1).seat("figma", "=evil@co.ca", 200)
                .license("figma", 10, "10.00", BillingCycle.MONTHLY, "CAD");
        AnalysisResult result = scenario.analyse();
        List<Rejection> rejections = List.of(new Rejection(SourceRef.csv("billing.csv", 3), "amount", "=1+1",
                Message.of("value.notAnAmount")));

        Path workbookPath = new ReportWriter(Labels.of("en"), "toolspend test").write(result, inputs(rejections), out);

        List<String> seen = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(workbookPath.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {   // only a table's totals, ours
                            assertThat(cell.getCellFormula()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                    .matches("SUBTOTAL\\(10[39],[A-Z]+[0-9]+:[A-Z]+[0-9]+\\)");
                        }
                        assertThat(cell.getHyperlink() == null || cell.getHyperlink().getAddress().endsWith("!A1"))
                                .isTrue();
                        if (cell.getCellType() == CellType.STRING && SafeText.needsQuoting(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as("%s!%s %s", sheet.getSheetName(), cell.getAddress(), cell.getStringCellValue())
                                    .isTrue();
                            seen.add(sheet.getSheetName() + ":" + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(seen).contains("Tools:=HYPERLINK(\"http://x\",\"y\")", "Tools:+1-555", "Tools:@SUM(A1)",
                "Tools:\tTabbed Tool", "Tools:-2+3", "Unrecognised spend:@SUM(A1)", "Seats to reclaim:=evil@co.ca",
                "Data quality:=1+1", "Data quality:=cmd.csv", "Data quality:=A1, @B", "Method:=cmd.csv");
        assertThat(SafeText.forCsv("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SafeText.forCsv("Zoom")).isEqualTo("Zoom");
    }

    @Test
    void theJsonHasTheDocumentedShapeWithNullWhereUnknown() throws Exception {
        AnalysisResult result = new Scenario().fx("USD", "1.38")
                .license("figma", 10, "10.00", BillingCycle.MONTHLY, "USD")
                .charge("slack", "2026-10-03", "8.755", "CAD")
                .analyse();
        new ReportWriter(Labels.of("en"), "toolspend 0.1.0").write(result, inputs(List.of()), out);
        JsonNode json = JsonMapper.shared().readTree(out.resolve("toolspend-2026-10.json").toFile());

        assertThat(json.propertyNames()).containsExactly("period", "asOf", "currency", "generatedBy", "parameters",
                "totals", "tools", "findings", "overlaps", "unrecognisedSpend", "monthOverMonth", "decisions",
                "departments", "dataQuality");
        assertThat(json.get("asOf").asString()).isEqualTo("2026-10-31");
        assertThat(json.get("parameters").get("underusedBelow").decimalValue()).isEqualByComparingTo("0.8");
        JsonNode figma = json.get("tools").get(0);
        assertThat(figma.propertyNames()).containsExactly("id", "name", "category", "categoryLabel", "seats", "activeUsers",
                "utilization", "spendInPeriod", "annualCost", "annualCostSource", "costPerActiveUser", "usageData",
                "reclaimableSeats", "annualSavings");
        assertThat(figma.get("activeUsers").isNull()).isTrue();           // no usage data: unknown, not 0
        assertThat(figma.get("utilization").isNull()).isTrue();
        assertThat(figma.get("annualCost").decimalValue()).isEqualByComparingTo("1656.00"); // 10 × 10 × 12 × 1.38
        JsonNode slack = json.get("tools").get(1);
        assertThat(slack.get("seats").isNull()).isTrue();                  // no license row: unknown
        assertThat(slack.get("spendInPeriod").decimalValue()).isEqualByComparingTo("8.76");  // half-up to cents
        assertThat(slack.get("annualCostSource").asString()).isEqualTo("billing");
        assertThat(json.get("findings").get(0).propertyNames())
                .containsExactly("type", "toolId", "annualSavings", "actBy", "state",
                "openPeriods", "detail");
        assertThat(json.get("dataQuality").get("filesIgnored").asInt()).isEqualTo(1);
        assertThat(json.get("dataQuality").get("rowsRead").asInt()).isEqualTo(9);   // every row after the header, the blank one too
    }

    @Test
    void publishedFilesAreReadableLikeAnyFileTheUserCreates() throws Exception {
        AnalysisResult result = new Scenario().charge("slack", "2026-10-03", "10", "CAD").analyse();
        Path workbook = new ReportWriter(Labels.of("en"), "toolspend test").write(result, inputs(List.of()), out);
        Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path probe = Files.createFile(out.resolve("probe"));
        assertThat(Files.getPosixFilePermissions(workbook)).isEqualTo(Files.getPosixFilePermissions(probe));
        assertThat(SheetBuilder.fit("x".repeat(40_000))).hasSize(32_767).endsWith("…");
    }

    /** Its own temporary files go, and so do those a killed run left; a live process's stay. */
    @Test
    void writesThroughTemporaryFilesThatDoNotStayBehind() throws Exception {
        String killedRuns = ".toolspend-2026-10-" + EndedProcess.pid() + "-1a2b.xlsx.tmp";
        String running = ".toolspend-2026-10-" + ProcessHandle.current().pid() + "-1a2c.json.tmp";
        Files.writeString(out.resolve(killedRuns), "half a workbook");
        Files.writeString(out.resolve(running), "being written");
        AnalysisResult result = new Scenario().charge("slack", "2026-10-03", "10", "CAD").analyse();
        new ReportWriter(Labels.of("en"), "toolspend test").write(result, inputs(List.of()), out);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(running, "toolspend-2026-10.json", "toolspend-2026-10.xlsx");
        }
    }

    @Test
    void aWorkbooksNameSaysItsPeriodInAnyLanguageButNotAKeptVersions() {
        assertThat(ReportWriter.workbookPeriod(ReportWriter.workbookPath(out, "2026-10", "en").getFileName().toString()))
                .contains("2026-10");
        assertThat(ReportWriter.workbookPeriod(ReportWriter.workbookPath(out, "2026-09", "fr").getFileName().toString()))
                .contains("2026-09");
        assertThat(ReportWriter.workbookPeriod("toolspend-2026-10.v1.xlsx")).isEmpty();
        assertThat(ReportWriter.workbookPeriod("toolspend-2026-13.xlsx")).isEmpty();
        assertThat(ReportWriter.workbookPeriod("toolspend-2026-10.json")).isEmpty();
    }

    /**
     * Never two languages under one name: English keeps the plain names, French files end with -fr, and a run in
     * both writes the four files from one analysis, each in its language (sheet names, the JSON's sentences).
     */
    @Test
    void theFileNamesCarryTheLanguageUnlessItIsEnglish() throws Exception {
        assertThat(ReportWriter.workbookPath(out, "2026-10", "en")).isEqualTo(out.resolve("toolspend-2026-10.xlsx"));
        assertThat(ReportWriter.jsonPath(out, "2026-10", "en")).isEqualTo(out.resolve("toolspend-2026-10.json"));
        assertThat(ReportWriter.workbookPath(out, "2026-10", "fr")).isEqualTo(out.resolve("toolspend-2026-10-fr.xlsx"));
        assertThat(ReportWriter.jsonPath(out, "2026-10", "fr")).isEqualTo(out.resolve("toolspend-2026-10-fr.json"));

        AnalysisResult result = new Scenario().license("figma", 10, "10.00", BillingCycle.MONTHLY, "CAD")
                .charge("slack", "2026-10-03", "10", "CAD").analyse();
        Path french = new ReportWriter(Labels.of("fr"), "toolspend test").write(result, inputs(List.of()), out);
        assertThat(french).isEqualTo(out.resolve("toolspend-2026-10-fr.xlsx"));
        assertThat(names()).containsExactly("toolspend-2026-10-fr.json", "toolspend-2026-10-fr.xlsx");

        List<ReportWriter.Written> both = new ReportWriter(List.of(Labels.of("en"), Labels.of("fr")), "toolspend test",
                new ReportWriter.Stamp("", null)).writeAll(result, inputs(List.of()), out);
        assertThat(both).containsExactly(
                new ReportWriter.Written("en", out.resolve("toolspend-2026-10.xlsx"), out.resolve("toolspend-2026-10.json")),
                new ReportWriter.Written("fr", out.resolve("toolspend-2026-10-fr.xlsx"),
                        out.resolve("toolspend-2026-10-fr.json")));
        assertThat(names()).containsExactly("toolspend-2026-10-fr.json", "toolspend-2026-10-fr.xlsx",
                "toolspend-2026-10.json", "toolspend-2026-10.xlsx");
        for (ReportWriter.Written written : both) {
            Labels labels = Labels.of(written.language());
            try (Workbook workbook = WorkbookFactory.create(written.workbook().toFile())) {
                assertThat(workbook.getSheetName(0)).isEqualTo(labels.get("sheet.summary"));
            }
            JsonNode json = JsonMapper.shared().readTree(written.json().toFile());
            List<String> texts = new ArrayList<>();
            json.get("dataQuality").get("issues").forEach(issue -> texts.add(issue.get("text").asString()));
            assertThat(texts).as("the JSON's sentences in %s", written.language())
                    .contains(labels.message(Message.of("ignored.noHeader")));
        }
        assertThat(JsonMapper.shared().readTree(both.get(0).json().toFile()).get("totals"))
                .as("the same figures in both languages")
                .isEqualTo(JsonMapper.shared().readTree(both.get(1).json().toFile()).get("totals"));
    }

    private List<String> names() throws java.io.IOException {
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
