package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.Scenario;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.TableRead;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.toolspend.model.BillingCycle.MONTHLY;
import static dev.toolspend.report.WorkbookCells.rowLabelled;
import static dev.toolspend.report.WorkbookCells.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sheet in both languages: its name, its header, and one known value with its cell type and
 * number format. The scenario gives every sheet at least one row.
 */
class WorkbookSheetsTest {

    @TempDir
    Path out;

    private static AnalysisResult scenario() {
        return new Scenario()
                .license(new LicenseRow(SourceRef.csv("licenses.xlsx", 2), "Zoom", "zoom", "Pro", 10, new BigDecimal("10"),
                        MONTHLY, "CAD", LocalDate.of(2026, 11, 20), 30, "Marie", null, null, null, null, null))
                .license("webex", 5, "20.00", MONTHLY, "CAD")
                .license("figma", 20, "15.00", MONTHLY, "CAD")
                .activeSeats("zoom", "z", 8).activeSeats("webex", "w", 2).seat("webex", "old@co.ca", 90)
                .activeSeats("figma", "f", 5).seat("figma", "gone@co.ca", 120)
                .charge("zoom", "2026-10-03", "100.00", "CAD")
                .unrecognised("acme analytics", "2026-10-05", "99.00")
                .analyse();
    }

    private static InputReport inputs() {
        return new InputReport(List.of(new InputFile("billing.csv", "ab".repeat(32), 120)),
                List.of(new TableRead("billing.csv", null, InputKind.BILLING, new FileStats(4, 3, 1, List.of()))),
                List.of(new IgnoredInput("notes.csv", null, List.of("vendor", "phone"), Message.of("ignored.noHeader"))),
                List.of(new Rejection(SourceRef.csv("billing.csv", 3), "amount", "N/A", Message.of("value.notAnAmount"))),
                List.of(), "f".repeat(64));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everySheetHasItsNameHeaderAndTypedValues(String language) throws Exception {
        Labels labels = Labels.of(language);
        String money = new Formats(labels.locale(), "CAD").excelMoneyFormat();
        Path file = new ReportWriter(labels, "toolspend test").write(scenario(), inputs(), out);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(sheetNames(workbook)).containsExactly(labels.get("sheet.summary"), labels.get("sheet.actions"),
                    labels.get("sheet.tools"), labels.get("sheet.overlaps"), labels.get("sheet.renewals"),
                    labels.get("sheet.seats"), labels.get("sheet.unrecognised"), labels.get("sheet.quality"),
                    labels.get("sheet.method"));

            Sheet summary = workbook.getSheetAt(0);
            assertThat(text(summary, 0, 0)).isEqualTo(labels.get("summary.title", "2026-10"));
            Cell savings = rowLabelled(summary, labels.get("summary.savings")).getCell(1);
            // Webex: overlap 1,200 − 2 movers × 10 × 12 = 960 (beats underused 480); Figma: underused
            // 20 − ceil(5 × 1.1) = 14 seats × 3,600 / 20 = 2,520; total 3,480
            assertNumber(savings, 3480, money);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) summary).getDrawingPatriarch().getCharts()).hasSize(2);

            Sheet actions = workbook.getSheetAt(1);
            assertThat(text(actions, 0, 0)).isEqualTo(labels.get("col.rank"));
            assertThat(text(actions, 0, 10)).isEqualTo(labels.get("col.status"));
            assertThat(actions.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo(money);

            Sheet tools = workbook.getSheetAt(2);
            assertThat(text(tools, 0, 0)).isEqualTo(labels.get("col.tool"));
            Row zoom = rowLabelled(tools, "Zoom");
            assertNumber(zoom.getCell(5), 0.8, "0.0%");    // 8 active of 10 seats
            assertNumber(zoom.getCell(7), 1200, money);    // 10 × 10 × 12

            Sheet overlaps = workbook.getSheetAt(3);
            assertThat(text(overlaps, 0, 0)).isEqualTo(labels.get("col.category"));
            assertNumber(rowLabelled(overlaps, labels.categoryName(Scenario.CATALOG.category("video").orElseThrow()))
                    .getCell(7), 1200, money);              // first member, Webex: 5 × 20 × 12

            Sheet renewals = workbook.getSheetAt(4);
            assertThat(text(renewals, 0, 4)).isEqualTo(labels.get("col.actBy"));
            Cell actBy = renewals.getRow(1).getCell(4);
            assertThat(DateUtil.isCellDateFormatted(actBy)).isTrue();
            assertThat(actBy.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 21));
            assertThat(actBy.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

            Sheet seats = workbook.getSheetAt(5);
            assertThat(text(seats, 0, 1)).isEqualTo(labels.get("col.user"));
            Row gone = rowLabelled(seats, "Figma");
            assertThat(gone.getCell(1).getStringCellValue()).isEqualTo("gone@co.ca");
            assertNumber(gone.getCell(4), 120, "#,##0");

            Sheet unrecognised = workbook.getSheetAt(6);
            assertThat(text(unrecognised, 0, 0)).isEqualTo(labels.get("col.descriptor"));
            assertNumber(unrecognised.getRow(1).getCell(3), 99, money);
            assertThat(unrecognised.getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("acme-analytics,Acme Analytics,Acme Analytics,uncategorised,acme analytics");

            Sheet quality = workbook.getSheetAt(7);
            assertThat(text(quality, 2, 0)).isEqualTo(labels.get("col.issue"));
            Row rejected = rowLabelled(quality, labels.get("issue.rejected"));
            assertThat(rejected.getCell(6).getStringCellValue()).isEqualTo("N/A");
            assertNumber(rejected.getCell(4), 3, "#,##0");

            Sheet method = workbook.getSheetAt(8);
            assertThat(text(method, 0, 0)).isEqualTo(labels.get("method.parameters"));
            Cell asOf = rowLabelled(method, labels.get("param.asOf")).getCell(1);
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(Scenario.AS_OF);
        }
    }

    /** The workbook survives POI's own round trip: read, written, read again, unchanged in shape. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void survivesARoundTrip(String language) throws Exception {
        Path file = new ReportWriter(Labels.of(language), "toolspend test").write(scenario(), inputs(), out);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            workbook.write(again);
        }
        try (XSSFWorkbook reread = new XSSFWorkbook(new ByteArrayInputStream(again.toByteArray()))) {
            assertThat(reread.getNumberOfSheets()).isEqualTo(9);
            assertThat(reread.getSheetAt(2).getLastRowNum()).isEqualTo(3);
        }
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }


}
