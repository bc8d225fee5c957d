package dev.toolspend.ingest.table;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed reader gives every cell as POI's whole-workbook model gives it (the reader it replaced): text,
 * number and date, for random workbooks of every cell type POI writes — strings with spaces, rich text, numbers of
 * every size, dates in built-in and custom formats in both date systems, booleans, errors, cached formula results,
 * gaps between cells and rows.
 */
class XlsxSheetTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyCellReadsAsPoisOwnModelReadsIt(int seed) throws Exception {
        Random random = new Random(seed);
        Path file = dir.resolve("random.xlsx");
        boolean date1904 = seed % 2 == 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSX);
            if (date1904) {
                var properties = workbook.getCTWorkbook();
                (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr())
                        .setDate1904(true);
            }
            fill(workbook, workbook.createSheet("Data"), random);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (XSSFWorkbook model = new XSSFWorkbook(file.toFile());
             WorkbookFile streamed = Workbooks.open(file, ReadLimits.DEFAULTS);
             Table expected = SheetTable.over(model.getSheet("Data"), ReadLimits.DEFAULTS);
             Table actual = streamed.table("Data")) {
            assertThat(streamed.sheets()).containsExactly(new WorkbookFile.SheetEntry("Data", false));
            int rows = 0;
            for (TableRow want = expected.next(); want != null; want = expected.next()) {
                TableRow got = actual.next();
                assertThat(got).as("row %d", want.line()).isNotNull();
                assertThat(got.line()).isEqualTo(want.line());
                assertThat(got.date1904()).isEqualTo(date1904);
                for (int c = 0; c < Math.max(want.size(), got.size()); c++) {
                    String where = "row " + want.line() + " column " + c;
                    assertThat(got.text(c)).as(where).isEqualTo(want.text(c));
                    assertThat(got.number(c)).as(where).isEqualTo(want.number(c));
                    assertThat(got.date(c)).as(where).isEqualTo(want.date(c));
                }
                rows++;
            }
            assertThat(actual.next()).isNull();
            assertThat(rows).isGreaterThan(50);
        }
    }

    private static void fill(XSSFWorkbook workbook, Sheet sheet, Random random) {
        CreationHelper helper = workbook.getCreationHelper();
        CellStyle builtinDate = workbook.createCellStyle();
        builtinDate.setDataFormat((short) 14);
        CellStyle isoDate = workbook.createCellStyle();
        isoDate.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(helper.createDataFormat().getFormat("#,##0.00 $"));
        CellStyle[] dates = {builtinDate, isoDate, dateTime};
        int rowNumber = 0;
        for (int r = 0; r < 80; r++) {
            rowNumber += 1 + (random.nextInt(10) == 0 ? random.nextInt(5) : 0);    // gaps between rows
            Row row = sheet.createRow(rowNumber);
            int column = -1;
            for (int c = 0; c < 8; c++) {
                column += 1 + (random.nextInt(6) == 0 ? random.nextInt(4) : 0);    // gaps between cells
                Cell cell = row.createCell(column);
                switch (random.nextInt(10)) {
                    case 0 -> cell.setCellValue("  text " + random.nextInt(1000) + " ");
                    case 1 -> {
                        XSSFRichTextString rich = new XSSFRichTextString("Rich" + random.nextInt(100) + " text");
                        rich.applyFont(0, 4, workbook.createFont());
                        cell.setCellValue(rich);
                    }
                    case 2 -> cell.setCellValue(random.nextInt(100_000) - 50_000);
                    case 3 -> {
                        cell.setCellValue((random.nextLong() % 100_000_000L) / 100.0);
                        cell.setCellStyle(money);
                    }
                    case 4 -> cell.setCellValue(random.nextDouble() * Math.pow(10, random.nextInt(30) - 15));
                    case 5 -> {
                        cell.setCellValue(LocalDateTime.of(1990 + random.nextInt(50), 1 + random.nextInt(12),
                                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60)));
                        cell.setCellStyle(dates[random.nextInt(dates.length)]);
                    }
                    case 6 -> cell.setCellValue(random.nextBoolean());
                    case 7 -> cell.setCellErrorValue(FormulaError.DIV0.getCode());
                    case 8 -> {
                        cell.setCellFormula("1+" + random.nextInt(100));
                        cell.setCellValue(random.nextInt(100) + 1.5);               // the cached result
                    }
                    default -> {
                        cell.setCellFormula("\"a\"&\"b\"");
                        cell.setCellValue("ab" + random.nextInt(10));
                    }
                }
            }
        }
    }
}
