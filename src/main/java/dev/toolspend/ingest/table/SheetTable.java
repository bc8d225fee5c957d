package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One sheet of a workbook read as a {@link Table}. Formula cells give their cached value and are
 * never evaluated; numbers are taken as Excel displays them at full precision; date cells become
 * dates in the workbook's own date system (1900 or 1904). Used for the legacy .xls format, whose whole file POI
 * holds in memory ({@link Workbooks}); .xlsx sheets are streamed by {@link XlsxSheet}.
 */
public final class SheetTable implements Table {

    private final Sheet sheet;
    private final ReadLimits limits;
    private final boolean date1904;
    private int nextRow;
    private long rows;

    private SheetTable(Sheet sheet, ReadLimits limits) {
        this.sheet = sheet;
        this.limits = limits;
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

    /** A table over a sheet of a workbook the caller keeps open. */
    static SheetTable over(Sheet sheet, ReadLimits limits) {
        return new SheetTable(sheet, limits);
    }

    @Override
    public TableRow next() throws UnreadableFileException {
        int last = sheet.getLastRowNum();
        while (nextRow <= last) {
            Row row = sheet.getRow(nextRow++);
            if (row != null) {
                if (++rows > limits.sheetRows()) {
                    throw new UnreadableFileException(Message.of("read.overLimit", limits.sheetTooLong()), null);
                }
                SheetRow read = new SheetRow(row, date1904, null);
                return new SheetRow(row, date1904, overLimit(read));
            }
        }
        return null;
    }

    private Message overLimit(SheetRow row) {
        if (row.size() > limits.columns()) {
            return Message.of("limit.columns", row.line(), (long) row.size(), (long) limits.columns());
        }
        for (int i = 0; i < row.size(); i++) {
            if (row.text(i).length() > limits.fieldChars()) {
                return limits.fieldTooLong(row.line(), row.text(i).length());
            }
        }
        return null;
    }

    @Override
    public void close() {
        // the workbook belongs to the caller
    }

    private record SheetRow(Row row, boolean date1904, Message problem) implements TableRow {

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
