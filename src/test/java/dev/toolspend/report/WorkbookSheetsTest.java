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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
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
        Formats formats = new Formats(labels.locale(), "CAD");
        String money = formats.excelMoneyFormat();
        Path file = new ReportWriter(labels, "toolspend test").write(scenario(), inputs(), out);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(sheetNames(workbook)).containsExactly(labels.get("sheet.summary"), labels.get("sheet.trend"),
                    labels.get("sheet.actions"), labels.get("sheet.tools"), labels.get("sheet.overlaps"),
                    labels.get("sheet.renewals"), labels.get("sheet.prices"), labels.get("sheet.seats"),
                    labels.get("sheet.realized"), labels.get("sheet.departments"), labels.get("sheet.unrecognised"),
                    labels.get("sheet.quality"), labels.get("sheet.files"), labels.get("sheet.method"));

            Sheet summary = workbook.getSheetAt(0);
            assertThat(text(summary, 0, 0)).isEqualTo(labels.get("summary.title", "2026-10"));
            Cell savings = rowLabelled(summary, labels.get("summary.savings")).getCell(1);
            // Webex: overlap 1,200 − 2 movers × 10 × 12 = 960 (beats underused 480); Figma: underused
            // 20 − ceil(5 × 1.1) = 14 seats × 3,600 / 20 = 2,520; total 3,480
            assertNumber(savings, 3480, money);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) summary).getDrawingPatriarch().getCharts()).hasSize(2);

            Sheet actions = workbook.getSheet(labels.get("sheet.actions"));
            assertThat(text(actions, 0, 0)).isEqualTo(labels.get("col.rank"));
            assertThat(text(actions, 0, 10)).isEqualTo(labels.get("col.since"));
            assertThat(text(actions, 0, 11)).isEqualTo(labels.get("col.status"));
            assertThat(actions.getRow(1).getCell(6).getCellStyle().getDataFormatString()).isEqualTo(money);

            Sheet tools = workbook.getSheet(labels.get("sheet.tools"));
            assertThat(text(tools, 0, 0)).isEqualTo(labels.get("col.tool"));
            Row zoom = rowLabelled(tools, "Zoom");
            assertNumber(zoom.getCell(5), 0.8, formats.excelPercentFormat());    // 8 active of 10 seats
            assertNumber(zoom.getCell(7), 1200, money);    // 10 × 10 × 12

            Sheet overlaps = workbook.getSheet(labels.get("sheet.overlaps"));
            assertThat(text(overlaps, 0, 0)).isEqualTo(labels.get("col.category"));
            assertNumber(rowLabelled(overlaps, labels.categoryName(Scenario.CATALOG.category("video").orElseThrow()))
                    .getCell(7), 1200, money);              // first member, Webex: 5 × 20 × 12

            Sheet renewals = workbook.getSheet(labels.get("sheet.renewals"));
            assertThat(text(renewals, 0, 4)).isEqualTo(labels.get("col.actBy"));
            Cell actBy = renewals.getRow(1).getCell(4);
            assertThat(DateUtil.isCellDateFormatted(actBy)).isTrue();
            assertThat(actBy.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 21));
            assertThat(actBy.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");

            Sheet seats = workbook.getSheet(labels.get("sheet.seats"));
            assertThat(text(seats, 0, 1)).isEqualTo(labels.get("col.user"));
            Row gone = rowLabelled(seats, "Figma");
            assertThat(gone.getCell(1).getStringCellValue()).isEqualTo("gone@co.ca");
            assertNumber(gone.getCell(4), 120, formats.excelIntegerFormat());

            Sheet unrecognised = workbook.getSheet(labels.get("sheet.unrecognised"));
            assertThat(text(unrecognised, 0, 0)).isEqualTo(labels.get("col.descriptor"));
            assertNumber(unrecognised.getRow(1).getCell(3), 99, money);
            assertThat(unrecognised.getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("acme-analytics,Acme Analytics,Acme Analytics,uncategorised,acme analytics");

            Sheet quality = workbook.getSheet(labels.get("sheet.quality"));
            assertThat(text(quality, 2, 0)).isEqualTo(labels.get("col.severity"));
            Row rejected = quality.getRow(3);           // money not counted first: the rejected billing row
            assertThat(rejected.getCell(0).getStringCellValue()).isEqualTo(labels.get("severity.1"));
            assertThat(rejected.getCell(1).getStringCellValue()).isEqualTo(labels.get("issue.rejected"));
            assertThat(rejected.getCell(6).getStringCellValue()).isEqualTo("N/A");
            assertNumber(rejected.getCell(4), 3, formats.excelIntegerFormat());
            assertThat(text(quality, 4, 1)).isEqualTo(labels.get("issue.ignored"));

            Sheet files = workbook.getSheet(labels.get("sheet.files"));
            assertThat(text(files, 0, 0)).isEqualTo(labels.get("col.file"));
            Row billing = rowLabelled(files, "billing.csv");
            assertThat(billing.getCell(3).getStringCellValue()).isEqualTo(labels.get("issue.read"));
            assertNumber(billing.getCell(4), 4, formats.excelIntegerFormat());
            assertThat(rowLabelled(files, "notes.csv").getCell(3).getStringCellValue())
                    .isEqualTo(labels.get("issue.ignored"));

            Sheet method = workbook.getSheet(labels.get("sheet.method"));
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
            assertThat(reread.getNumberOfSheets()).isEqualTo(14);
            assertThat(reread.getSheetAt(3).getLastRowNum()).isEqualTo(4);     // three tools and the totals row
            assertThat(reread.getSheetAt(3).getTables()).hasSize(1);
        }
    }

    /**
     * What a finance reader gets besides the figures: every list an Excel table with a totals row that follows filters,
     * each sheet set up for print with its footer, formats in the language's style, and blank where a figure does
     * not apply.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void listsAreTablesWithTotalsAndSheetsPrintWithTheirFooter(String language) throws Exception {
        Labels labels = Labels.of(language);
        Path file = new ReportWriter(labels, "toolspend test", new ReportWriter.Stamp("Acme & fils", "0123456789ab".repeat(5)
                + "cdef")).write(scenario(), inputs(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (int i = 2; i < workbook.getNumberOfSheets() - 1; i++) {   // every list sheet (after Summary and Trend)
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getTables()).as(sheet.getSheetName()).hasSize(1);
                XSSFTable table = sheet.getTables().get(0);
                assertThat(table.getCTTable().getTotalsRowCount()).as(sheet.getSheetName()).isEqualTo(1);
                assertThat(table.getStyle().isShowRowStripes()).isTrue();
                assertThat(table.getName()).startsWith("T_");
                Row totals = sheet.getRow(table.getEndRowIndex());
                assertThat(totals.getCell(0).getStringCellValue()).isEqualTo(labels.get("table.total"));
            }
            XSSFSheet toolSheet = workbook.getSheet(labels.get("sheet.tools"));
            XSSFTable toolTable = toolSheet.getTables().get(0);
            Cell savingsTotal = toolSheet.getRow(toolTable.getEndRowIndex()).getCell(13);
            assertThat(savingsTotal.getCellFormula()).isEqualTo("SUBTOTAL(109,N2:N" + toolTable.getEndRowIndex() + ")");
            assertThat(toolTable.getCTTable().getTableColumns().getTableColumnArray(13).getTotalsRowFunction())
                    .hasToString("sum");
            assertThat(savingsTotal.getNumericCellValue()).isEqualTo(3480);     // the Summary's identified savings
            XSSFSheet actions = workbook.getSheet(labels.get("sheet.actions"));
            XSSFTable table = actions.getTables().get(0);
            assertThat(actions.getRow(table.getEndRowIndex()).getCell(2).getCellFormula())
                    .isEqualTo("SUBTOTAL(103,C2:C" + table.getEndRowIndex() + ")");
            // a renewal saves nothing by itself: its savings cell is blank, not 0; its act-by date is there
            Row renewal = null;
            for (int r = 1; r < table.getEndRowIndex(); r++) {
                if (actions.getRow(r).getCell(1).getStringCellValue().equals(labels.get("type.RENEWAL"))) {
                    renewal = actions.getRow(r);
                }
            }
            assertThat(renewal).isNotNull();
            assertThat(renewal.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(renewal.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 21));
            // every other action has an act-by date too
            for (int r = 1; r < table.getEndRowIndex(); r++) {
                assertThat(actions.getRow(r).getCell(8).getCellType()).as("Actions row %d", r + 1).isEqualTo(CellType.NUMERIC);
            }

            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
                assertThat(sheet.getFooter().getCenter()).contains(labels.get("print.page"));
                assertThat(sheet.getFooter().getLeft()).contains("Acme && fils — " + labels.get("summary.title", "2026-10"));
                assertThat(sheet.getFooter().getRight()).contains(labels.get("print.inputs", "0123456789ab"));
                assertThat(workbook.getPrintArea(i) != null || i == 0).as(sheet.getSheetName()).isTrue();
            }
            XSSFSheet summary = workbook.getSheetAt(0);
            assertThat(summary.getFitToPage()).isTrue();
            assertThat(summary.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            XSSFSheet tools = workbook.getSheet(labels.get("sheet.tools"));
            assertThat(tools.getFitToPage()).isFalse();
            assertThat(tools.getPrintSetup().getScale()).isEqualTo((short) 100);
            assertThat(workbook.getPrintArea(workbook.getSheetIndex(tools))).as("the 23 columns print in bands that fit a page").contains(",");
            assertThat(tools.getRepeatingRows().formatAsString()).isEqualTo("1:1");

            String money = workbook.getSheet(labels.get("sheet.actions")).getRow(1).getCell(6).getCellStyle().getDataFormatString();
            String percent = tools.getRow(1).getCell(5).getCellStyle().getDataFormatString();
            if (language.equals("fr")) {
                assertThat(money).isEqualTo("[$-C0C]#,##0.00\\ \"$\"_);(#,##0.00)");
                assertThat(percent).isEqualTo("[$-C0C]0.0\\ %");
            } else {
                assertThat(money).isEqualTo("\"$\"#,##0.00_);(#,##0.00)");
                assertThat(percent).isEqualTo("0.0%");
            }
            // what a viewer shows: the language's style, accounting negatives
            DataFormatter shown = new DataFormatter(labels.locale());
            assertThat(shown.formatRawCellContents(-45, 0, money)).isEqualTo(language.equals("fr") ? "(45,00)" : "(45.00)");
        }
    }

    /** The Summary starts with what needs a decision: the renewals overdue or critical and the top actions. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theSummaryLeadsWithDecisions(String language) throws Exception {
        Labels labels = Labels.of(language);
        Path file = new ReportWriter(labels, "toolspend test").write(scenario(), inputs(), out);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet summary = workbook.getSheetAt(0);
            int decide = rowLabelled(summary, labels.get("summary.decide")).getRowNum();
            int figures = rowLabelled(summary, labels.get("summary.figures")).getRowNum();
            int top = rowLabelled(summary, labels.get("summary.topActions")).getRowNum();
            assertThat(decide).isLessThan(top).isLessThan(figures);
            // Zoom renews 2026-11-20 with 30 days' notice: act by 2026-10-21, 10 days after the as-of date → critical
            Row zoom = summary.getRow(rowLabelled(summary, labels.get("summary.urgentRenewals")).getRowNum() + 2);
            assertThat(zoom.getCell(3).getStringCellValue()).isEqualTo("Zoom");
            assertThat(zoom.getCell(4).getStringCellValue()).isEqualTo("Marie");
            assertThat(zoom.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 21));
            for (int r = top + 2; r < figures - 3; r++) {
                assertThat(summary.getRow(r).getCell(5).getCellType()).as("act by, row %d", r + 1).isEqualTo(CellType.NUMERIC);
                assertThat(summary.getRow(r).getCell(4)).isNotNull();
            }
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
