package dev.toolspend.report;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STTotalsRowFunction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes one sheet row by row with typed cells: money and ratios as numbers, dates as dates, text
 * from inputs as inert text. A sheet's list (the rows under its {@link #header}) becomes an Excel table with a
 * totals row; every sheet is set up for print ({@link Page}).
 */
final class SheetBuilder {

    private static final int MAX_WIDTH_CHARS = 60;
    /** Excel's limit for one cell's text. */
    static final int MAX_CELL_TEXT = 32_767;
    /**
     * Characters of text per character of column width. A column's width counts the default font's digit widths;
     * text in a proportional font is narrower on average, but a font substituted for Calibri (DejaVu Sans where
     * LibreOffice has no Carlito) is wider: a width is set for the wider one.
     */
    private static final double TEXT_PER_WIDTH = 0.85;
    /** The same for bold headers. */
    private static final double BOLD_PER_WIDTH = 0.78;
    private static final float LINE_POINTS = 15f;

    /**
     * What every printed page carries, and its paper: the footer's three parts (already in the header-footer
     * syntax: {@code &P} the page, {@code &N} the pages, a literal ampersand doubled).
     */
    record Page(boolean letter, String footerLeft, String footerCenter, String footerRight) {

        /** Text from anywhere, made literal in a header or footer: an ampersand starts a code there. */
        static String literal(String text) {
            return text.replace("&", "&&");
        }

        /** The printable width of a landscape page, in points: the paper's long side less the side margins. */
        double printableWidth() {
            return (letter ? 792 : 842) - 2 * SIDE_MARGIN_INCHES * 72;
        }
    }

    private static final double SIDE_MARGIN_INCHES = 0.4;

    private final Sheet sheet;
    private final Styles styles;
    private final Page page;
    private final Map<Integer, Integer> widths = new HashMap<>();
    /** Columns whose width is set, not taken from their content: wrapped text, whose rows get their height from it. */
    private final Map<Integer, Integer> fixedWidths = new HashMap<>();
    /** Rows with wrapped cells still in memory, to give them the height their lines need once widths are final. */
    private final List<Cell> wrappedCells = new ArrayList<>();
    /** The list's columns summed in its totals row. */
    private final Set<Integer> summed = new TreeSet<>();
    private final Set<Integer> counted = new TreeSet<>();
    /** The list's columns whose cells offer a list of values (a drop-down), with the values. */
    private final Map<Integer, String[]> choices = new TreeMap<>();
    private final List<String> headerLabels = new ArrayList<>();
    private Row row;
    private int nextRow;
    private int column;
    private int headerRow = -1;
    private int headerColumns;
    private String totalLabel;
    private boolean onePage;

    SheetBuilder(Sheet sheet, Styles styles, Page page) {
        this.sheet = sheet;
        this.styles = styles;
        this.page = page;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Starts a new row; the row before gets the height its wrapped cells need. */
    SheetBuilder row() {
        fitHeight(row);
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

    /**
     * Writes the header row of the sheet's list: frozen, repeated when printed, and the first row of an Excel
     * table with a totals row (its label {@code totalLabel}; the columns named by {@link #sum}).
     */
    SheetBuilder header(String totalLabel, String... labels) {
        row();
        this.totalLabel = totalLabel;
        headerRow = row.getRowNum();
        headerColumns = labels.length;
        for (String label : labels) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(label);
            cell.setCellStyle(styles.header);
            headerLabels.add(label);
            // at least the longest word, so that no word is cut; a long header wraps on a few lines
            int longestWord = 0;
            for (String word : label.split(" ", -1)) {
                longestWord = Math.max(longestWord, word.length());
            }
            widen(cell.getColumnIndex(), (int) Math.ceil(Math.max(longestWord, Math.min(label.length(), 14))
                    * TEXT_PER_WIDTH / BOLD_PER_WIDTH));
        }
        fitHeight(row);
        return this;
    }

    /** The list's columns whose totals row holds their sum over the rows a filter shows. */
    SheetBuilder sum(int... columns) {
        for (int c : columns) {
            summed.add(c);
        }
        return this;
    }

    /** The list's columns whose totals row counts the rows a filter shows that have a value. */
    SheetBuilder count(int... columns) {
        for (int c : columns) {
            counted.add(c);
        }
        return this;
    }

    /**
     * A list column whose cells offer these values in a drop-down (a data validation list, which Excel and
     * LibreOffice both show); another value typed is warned about, and kept if the person insists.
     */
    SheetBuilder choices(int column, String... values) {
        choices.put(column, values.clone());
        return this;
    }

    /** A column of wrapped text this wide (in characters), whatever it holds. */
    SheetBuilder fixWidth(int column, int chars) {
        fixedWidths.put(column, chars);
        return this;
    }

    /** The sheet prints on one page (the Summary). */
    SheetBuilder onePage() {
        onePage = true;
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

    /** Text in a style of its own that widens its column (a small table's header). */
    SheetBuilder styledWide(String value, CellStyle style) {
        textCell(value, style, true);
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
        Cell cell = textCell(value, styles.wrapped, false);
        if (value != null) {
            int longestLine = 0;
            for (String line : fit(value).split("\n", -1)) {
                longestLine = Math.max(longestLine, line.length());
            }
            widen(cell.getColumnIndex(), longestLine);
            wrappedCells.add(cell);
        }
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
        return number(Formats.cents(amount), styles.money, 15);
    }

    /** An amount in a currency the column beside names: the money format's digits, no symbol. */
    SheetBuilder amount(BigDecimal amount) {
        return number(Formats.cents(amount), styles.amount, 15);
    }

    SheetBuilder moneyBig(BigDecimal amount) {
        return number(Formats.cents(amount), styles.moneyBig, 20);
    }

    SheetBuilder percent(BigDecimal ratio) {
        return number(Formats.ratio(ratio), styles.percent, 8);
    }

    SheetBuilder decimal(BigDecimal value) {
        return number(value, styles.decimal, 12);
    }

    SheetBuilder integer(Number value) {
        return number(value == null ? null : new BigDecimal(value.toString()), styles.integer,
                value == null ? 4 : Math.max(4, value.toString().length() + 2));
    }

    SheetBuilder date(LocalDate date) {
        Cell cell = row.createCell(column++);
        if (date != null) {
            cell.setCellValue(date);
        }
        cell.setCellStyle(styles.date);
        widen(cell.getColumnIndex(), 12);
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

    /** A column's width in characters as it stands: set, or from what it holds so far. */
    private int widthChars(int column) {
        Integer fixed = fixedWidths.get(column);
        return fixed != null ? fixed : Math.max(8, widths.getOrDefault(column, 0) + 2);
    }

    /**
     * Gives a row the height its wrapped cells need at their column's width (Excel does not on open). A column
     * that is not fixed may still widen: the height is then more than enough, and is set again by {@link #finish}
     * while the row is in memory.
     */
    private void fitHeight(Row r) {
        if (r == null || sheet.getRow(r.getRowNum()) != r) {
            return;         // a streamed sheet's row already written out keeps its height
        }
        int lines = 1;
        for (Cell cell : r) {
            // by index: the in-memory model gives a new style object at each call
            short style = cell.getCellStyle().getIndex();
            boolean header = style == styles.header.getIndex();
            if ((header || style == styles.wrapped.getIndex()) && cell.getCellType() == CellType.STRING) {
                double perWidth = header ? BOLD_PER_WIDTH : TEXT_PER_WIDTH;
                int chars = (int) Math.floor(widthChars(cell.getColumnIndex()) * perWidth);
                lines = Math.max(lines, lines(cell.getStringCellValue(), chars));
            }
        }
        if (lines > 1 || r.getRowNum() == headerRow) {
            r.setHeightInPoints(lines * LINE_POINTS + 3);
        }
    }

    /** The lines a text takes wrapped at word boundaries in {@code chars} characters (a longer word is cut). */
    static int lines(String text, int chars) {
        int width = Math.max(1, chars);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ", -1)) {
                int length = word.length();
                if (used > 0 && used + 1 + length > width) {
                    lines++;
                    used = 0;
                }
                while (length > width) {
                    lines++;
                    length -= width;
                }
                used += (used > 0 ? 1 : 0) + length;
            }
        }
        return lines;
    }

    /**
     * Widths; the list's totals row and Excel table; the frozen header; the rows' heights; print setup: landscape on
     * the locale's paper at 100 % with the header repeated and the footer, the columns in bands that each fit a
     * page's width (the first column repeated on each), or the whole sheet on one page for {@link #onePage}.
     */
    void finish() {
        fitHeight(row);
        int lastRow = nextRow - 1;
        if (headerRow >= 0) {
            lastRow = table();
            validate(headerRow + 1, lastRow - 1);
        }
        fixedWidths.forEach(this::widen);
        widths.forEach((col, chars) -> sheet.setColumnWidth(col, widthChars(col) * 256));
        for (Cell cell : wrappedCells) {
            fitHeight(cell.getRow());
        }
        if (headerRow >= 0) {
            fitHeight(sheet.getRow(headerRow));
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, headerColumns - 1));
        }
        print(Math.max(0, lastRow));
    }

    /**
     * The list as an Excel table: named after the sheet, banded, filterable, with a totals row whose sums follow
     * the filter ({@code SUBTOTAL(109, …)}, the totals-row function "sum"). Returns the totals row's index.
     */
    private int table() {
        if (nextRow - 1 <= headerRow) {
            row();                      // a table has at least one row: an empty list has one blank row
            for (int c = 0; c < headerColumns; c++) {
                blank();
            }
        }
        fitHeight(row);
        int firstData = headerRow + 1;
        int lastData = nextRow - 1;
        Row totals = sheet.createRow(nextRow++);
        Cell label = totals.createCell(0);
        label.setCellValue(totalLabel);
        label.setCellStyle(styles.total);
        for (int c = 1; c < headerColumns; c++) {
            Cell cell = totals.createCell(c);
            String column = CellReference.convertNumToColString(c);
            if (counted.contains(c)) {
                cell.setCellFormula("SUBTOTAL(103," + column + (firstData + 1) + ":" + column + (lastData + 1) + ")");
                cell.setCellValue(lastData - firstData + 1.0 - blanks(firstData, lastData, c));
                cell.setCellStyle(styles.totalInteger);
                continue;
            }
            if (!summed.contains(c)) {
                cell.setCellStyle(styles.total);
                continue;
            }
            cell.setCellFormula("SUBTOTAL(109," + column + (firstData + 1) + ":" + column + (lastData + 1) + ")");
            cell.setCellValue(cachedSum(firstData, lastData, c));
            CellStyle style = sheet.getRow(lastData) == null || sheet.getRow(lastData).getCell(c) == null ? null
                    : sheet.getRow(lastData).getCell(c).getCellStyle();
            cell.setCellStyle(style != null && style.getIndex() == styles.integer.getIndex() ? styles.totalInteger
                    : styles.totalMoney);
        }
        XSSFSheet xssf = xssf(sheet);
        XSSFTable table = xssf.createTable(new AreaReference(new CellReference(headerRow, 0),
                new CellReference(totals.getRowNum(), headerColumns - 1), SpreadsheetVersion.EXCEL2007));
        CTTable ct = table.getCTTable();
        String name = tableName(sheet.getSheetName());
        ct.setName(name);
        ct.setDisplayName(name);
        ct.setTotalsRowCount(1);
        ct.addNewAutoFilter().setRef(new CellRangeAddress(headerRow, lastData, 0, headerColumns - 1).formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
        Set<String> names = new LinkedHashSet<>();
        for (int c = 0; c < headerColumns; c++) {
            CTTableColumn column = ct.getTableColumns().getTableColumnArray(c);
            String columnName = headerLabels.get(c);
            for (int n = 2; !names.add(columnName); n++) {
                columnName = headerLabels.get(c) + n;      // a table's column names are unique
            }
            column.setName(columnName);
            if (c == 0) {
                column.setTotalsRowLabel(totalLabel);
            } else if (summed.contains(c)) {
                column.setTotalsRowFunction(STTotalsRowFunction.SUM);
            } else if (counted.contains(c)) {
                column.setTotalsRowFunction(STTotalsRowFunction.COUNT);
            }
        }
        return totals.getRowNum();
    }

    /** The drop-downs of {@link #choices} over the list's rows, {@code first} to {@code last}. */
    private void validate(int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        choices.forEach((column, values) -> {
            DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                    new CellRangeAddressList(first, last, column, column));
            validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            validation.setShowErrorBox(true);
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        });
    }

    /** The sum the totals row shows before any filter, from the numbers written (already rounded). */
    private double cachedSum(int firstData, int lastData, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = firstData; r <= lastData; r++) {
            Row data = sheet.getRow(r);
            Cell cell = data == null ? null : data.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                sum = sum.add(BigDecimal.valueOf(cell.getNumericCellValue()));
            }
        }
        return sum.doubleValue();
    }

    private int blanks(int firstData, int lastData, int column) {
        int blanks = 0;
        for (int r = firstData; r <= lastData; r++) {
            Row data = sheet.getRow(r);
            Cell cell = data == null ? null : data.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                blanks++;
            }
        }
        return blanks;
    }

    /**
     * The sheet's table name: its name in ASCII letters, digits and underscores (Excel's rule for names), after a
     * {@code T_} that keeps it from looking like a cell reference.
     */
    static String tableName(String sheetName) {
        String ascii = Normalizer.normalize(sheetName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "T_" + ascii.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The sheet of the in-memory model under a streamed one: where tables and names live. */
    private static XSSFSheet xssf(Sheet sheet) {
        if (sheet instanceof SXSSFSheet streamed) {
            Workbook workbook = streamed.getWorkbook();
            return ((SXSSFWorkbook) workbook).getXSSFWorkbook().getSheet(streamed.getSheetName());
        }
        return (XSSFSheet) sheet;
    }

    private void print(int lastRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(page.letter() ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getHeader().setLeft("&8&A");
        sheet.getFooter().setLeft("&8" + page.footerLeft());
        sheet.getFooter().setCenter("&8" + page.footerCenter());
        sheet.getFooter().setRight("&8" + page.footerRight());
        if (onePage) {
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 1);
            sheet.setFitToPage(true);
            return;
        }
        sheet.setFitToPage(false);
        print.setScale((short) 100);
        Workbook workbook = sheet.getWorkbook();
        List<int[]> bands = bands();
        StringBuilder area = new StringBuilder();
        for (int[] band : bands) {
            area.append(area.isEmpty() ? "" : ",").append(new CellRangeAddress(0, lastRow, band[0], band[1])
                    .formatAsString(null, true));
        }
        workbook.setPrintArea(workbook.getSheetIndex(sheet), area.toString());
        if (bands.size() > 1) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
    }

    /**
     * The columns in bands that each fit the printable width at 100 %: the first band from column A, each next one
     * after the first column, which prints again at its left.
     */
    private List<int[]> bands() {
        int lastColumn = new TreeMap<>(widths).isEmpty() ? 0 : new TreeMap<>(widths).lastKey();
        if (headerRow >= 0) {
            lastColumn = Math.max(lastColumn, headerColumns - 1);
        }
        double budget = page.printableWidth() * 0.95;
        double first = points(0);
        List<int[]> bands = new ArrayList<>();
        int start = 0;
        double used = 0;
        for (int c = 0; c <= lastColumn; c++) {
            double w = points(c);
            if (c > start && used + w > budget) {
                bands.add(new int[]{start, c - 1});
                start = c;
                used = first;
            }
            used += w;
        }
        bands.add(new int[]{start, lastColumn});
        return bands;
    }

    /**
     * A column's printed width in points, at most: a character of width is the default font's digit, 7 pixels of
     * Calibri in Excel (5.25 points) but up to 7 points where LibreOffice puts a wider font in its place.
     */
    private double points(int column) {
        return sheet.getColumnWidth(column) / 256.0 * 7 + 4;
    }
}
