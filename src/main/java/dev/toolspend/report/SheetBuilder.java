package dev.toolspend.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one sheet row by row with typed cells: money and ratios as numbers, dates as dates, text
 * from inputs as inert text. Remembers the list's header for freezing, filtering and printing.
 */
final class SheetBuilder {

    private static final int MAX_WIDTH_CHARS = 60;
    /** Excel's limit for one cell's text. */
    static final int MAX_CELL_TEXT = 32_767;

    private final Sheet sheet;
    private final Styles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    /** Wrapped cells, to give their rows the height their lines need (Excel and LibreOffice do not on open). */
    private final List<Cell> wrappedCells = new ArrayList<>();
    private Row row;
    private int nextRow;
    private int column;
    private int headerRow = -1;
    private int headerColumns;

    SheetBuilder(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Starts a new row. */
    SheetBuilder row() {
        row = sheet.createRow(nextRow++);
        column = 0;
        return this;
    }

    int rowIndex() {
        return row.getRowNum();
    }

    SheetBuilder skipRow() {
        nextRow++;
        return this;
    }

    /** Writes the header row of the sheet's list: frozen, filterable, repeated when printed. */
    SheetBuilder header(String... labels) {
        row();
        headerRow = row.getRowNum();
        headerColumns = labels.length;
        for (String label : labels) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(label);
            cell.setCellStyle(styles.header);
            widen(cell.getColumnIndex(), Math.min(label.length(), 24));
        }
        return this;
    }

    SheetBuilder text(String value) {
        textCell(value, styles.text, true);
        return this;
    }

    /** Text in a style of its own (titles, section heads); it does not widen the column. */
    SheetBuilder styled(String value, CellStyle style) {
        textCell(value, style, false);
        return this;
    }

    /**
     * A warning in the standout style, on one line across the row's first {@code columns} columns (merged, so that
     * the colour covers the whole sentence); it does not widen a column.
     */
    SheetBuilder warning(String value, int columns) {
        Cell cell = textCell(value, styles.warning, false);
        sheet.addMergedRegion(new CellRangeAddress(cell.getRowIndex(), cell.getRowIndex(), 0, columns - 1));
        return this;
    }

    SheetBuilder wrapped(String value) {
        wrappedCells.add(textCell(value, styles.wrapped, true));
        return this;
    }

    /** Every text cell goes through here: cut to Excel's limit, and quote-prefixed when it could be a formula. */
    private Cell textCell(String value, CellStyle style, boolean widens) {
        Cell cell = row.createCell(column++);
        String text = fit(value);
        if (text != null) {
            cell.setCellValue(text);
            if (widens) {
                widen(cell.getColumnIndex(), text.length());
            }
        }
        cell.setCellStyle(SafeText.needsQuoting(text) ? styles.quotedText : style);
        return cell;
    }

    /** Text too long for a cell is cut, with an ellipsis saying so. */
    static String fit(String value) {
        return value == null || value.length() <= MAX_CELL_TEXT ? value : value.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    SheetBuilder money(BigDecimal amount) {
        return number(Formats.cents(amount), styles.money, 16);
    }

    SheetBuilder moneyBig(BigDecimal amount) {
        return number(Formats.cents(amount), styles.moneyBig, 18);
    }

    SheetBuilder percent(BigDecimal ratio) {
        return number(Formats.ratio(ratio), styles.percent, 8);
    }

    SheetBuilder decimal(BigDecimal value) {
        return number(value, styles.decimal, 12);
    }

    SheetBuilder integer(Number value) {
        return number(value == null ? null : new BigDecimal(value.toString()), styles.integer, 8);
    }

    SheetBuilder date(LocalDate date) {
        Cell cell = row.createCell(column++);
        if (date != null) {
            cell.setCellValue(date);
        }
        cell.setCellStyle(styles.date);
        widen(cell.getColumnIndex(), 11);
        return this;
    }

    /** A cell that jumps to another sheet of the workbook. */
    SheetBuilder link(Number value, String sheetName) {
        Cell cell = row.createCell(column++);
        cell.setCellValue(value.doubleValue());
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link);
        return this;
    }

    SheetBuilder blank() {
        row.createCell(column++);
        return this;
    }

    private SheetBuilder number(BigDecimal value, CellStyle style, int width) {
        Cell cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
        widen(cell.getColumnIndex(), width);
        return this;
    }

    /** A fill colour for the cells of a list column whose condition holds ({cell} stands for the cell). */
    record Band(String condition, IndexedColors colour) {
    }

    /**
     * Conditional formatting over a column of the list, first band that holds wins. Must be called
     * after the list's rows are written.
     */
    void highlight(int column, Band... bands) {
        if (headerRow < 0 || nextRow - 1 <= headerRow) {
            return;
        }
        String cell = "$" + CellReference.convertNumToColString(column) + (headerRow + 2);
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(headerRow + 1, nextRow - 1, column, column)};
        for (Band band : bands) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                    band.condition().replace("{cell}", cell));
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(band.colour().getIndex());
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            formatting.addConditionalFormatting(range, rule);
        }
    }

    void widen(int column, int chars) {
        widths.merge(column, Math.min(chars, MAX_WIDTH_CHARS), Math::max);
    }

    /** Widths, frozen header, autofilter over the list, landscape print fitted to the page width. */
    void finish() {
        widths.forEach((col, chars) -> sheet.setColumnWidth(col, Math.max(8, chars + 2) * 256));
        for (Cell cell : wrappedCells) {
            if (sheet.getRow(cell.getRowIndex()) != cell.getRow()) {
                continue;       // a streamed sheet's row already written out: it keeps the default height
            }
            // column widths count '0' widths; text in a proportional font fits about a third more characters
            int columnChars = Math.max(8, sheet.getColumnWidth(cell.getColumnIndex()) * 4 / 3 / 256);
            int lines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                lines += Math.max(1, (line.length() + columnChars - 1) / columnChars);
            }
            Row row = cell.getRow();
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * sheet.getDefaultRowHeightInPoints() + 2));
        }
        if (headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            int lastRow = Math.max(headerRow, nextRow - 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, headerColumns - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, headerColumns - 1));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
