package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One sheet of a workbook read as a {@link Table}. Formula cells give their cached value and are
 * never evaluated; numbers are taken as Excel displays them at full precision; date cells become
 * dates in the workbook's own date system (1900 or 1904).
 */
public final class SheetTable implements Table {

    private final Workbook workbook;
    private final Sheet sheet;
    private final boolean date1904;
    private int nextRow;

    private SheetTable(Workbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.date1904 = uses1904(sheet.getWorkbook());
        this.nextRow = 0;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    static boolean uses1904(Workbook workbook) {
        if (workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf) {
            return xssf.isDate1904();
        }
        if (workbook instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook hssf) {
            return hssf.getInternalWorkbook().isUsing1904DateWindowing();
        }
        return false;
    }

    public static SheetTable open(Path file, String sheetName) throws IOException {
        Workbook workbook = Workbooks.open(file);
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            workbook.close();
            throw new UnreadableFileException(Message.of("read.sheetGone", sheetName), null);
        }
        return new SheetTable(workbook, sheet);
    }

    /** A table over a sheet of a workbook the caller keeps open. */
    public static SheetTable over(Sheet sheet) {
        return new SheetTable(null, sheet);
    }

    @Override
    public TableRow next() {
        int last = sheet.getLastRowNum();
        while (nextRow <= last) {
            Row row = sheet.getRow(nextRow++);
            if (row != null) {
                return new SheetRow(row, date1904);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }

    private record SheetRow(Row row, boolean date1904) implements TableRow {

        @Override
        public long line() {
            return row.getRowNum() + 1L;
        }

        @Override
        public int size() {
            return Math.max(row.getLastCellNum(), 0);
        }

        @Override
        public String text(int column) {
            Cell cell = column < 0 ? null : row.getCell(column);
            if (cell == null) {
                return "";
            }
            return switch (valueType(cell)) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                        ? String.valueOf(cell.getLocalDateTimeCellValue().toLocalDate())
                        : NumberToTextConverter.toText(cell.getNumericCellValue());
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> "#ERROR";
                default -> "";
            };
        }

        @Override
        public BigDecimal number(int column) {
            Cell cell = column < 0 ? null : row.getCell(column);
            if (cell == null || valueType(cell) != CellType.NUMERIC || DateUtil.isCellDateFormatted(cell)) {
                return null;
            }
            return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
        }

        @Override
        public LocalDate date(int column) {
            Cell cell = column < 0 ? null : row.getCell(column);
            if (cell == null || valueType(cell) != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)) {
                return null;
            }
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }

        /** A formula cell's cached result type; never evaluates anything. */
        private static CellType valueType(Cell cell) {
            return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        }
    }
}
