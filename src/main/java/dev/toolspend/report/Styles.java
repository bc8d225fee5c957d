package dev.toolspend.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the workbook, created once per workbook (Excel limits their number). */
final class Styles {

    final CellStyle header;
    final CellStyle title;
    final CellStyle section;
    final CellStyle indented;
    final CellStyle text;
    final CellStyle quotedText;
    final CellStyle wrapped;
    final CellStyle link;
    final CellStyle money;
    final CellStyle moneyBig;
    /** An amount in a currency named beside it. */
    final CellStyle amount;
    final CellStyle percent;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;
    /** A list's totals row: its label, its sums of money and of counts. */
    final CellStyle total;
    final CellStyle totalMoney;
    final CellStyle totalInteger;
    /** What makes the report incomplete: white on red, so that it is seen before any figure. */
    final CellStyle warning;

    Styles(Workbook workbook, Formats formats) {
        var format = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);

        section = workbook.createCellStyle();
        section.setFont(bold);
        indented = workbook.createCellStyle();
        indented.setIndention((short) 2);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);

        Font underline = workbook.createFont();
        underline.setUnderline(Font.U_SINGLE);
        underline.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(underline);

        money = workbook.createCellStyle();
        money.setDataFormat(format.getFormat(formats.excelMoneyFormat()));
        amount = workbook.createCellStyle();
        amount.setDataFormat(format.getFormat(formats.excelAmountFormat()));
        moneyBig = workbook.createCellStyle();
        moneyBig.cloneStyleFrom(money);
        moneyBig.setFont(big);
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat(formats.excelPercentFormat()));
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat(formats.excelIntegerFormat()));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat(formats.excelDecimalFormat()));
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat(formats.excelDateFormat()));
        // centred: a date never touches the text of the column beside it
        date.setAlignment(HorizontalAlignment.CENTER);

        Font alarm = workbook.createFont();
        alarm.setBold(true);
        alarm.setColor(IndexedColors.WHITE.getIndex());
        warning = workbook.createCellStyle();
        warning.setFont(alarm);
        warning.setFillForegroundColor(IndexedColors.DARK_RED.getIndex());
        warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        total = workbook.createCellStyle();
        total.setFont(bold);
        total.setBorderTop(BorderStyle.THIN);
        totalMoney = workbook.createCellStyle();
        totalMoney.cloneStyleFrom(money);
        totalMoney.setFont(bold);
        totalMoney.setBorderTop(BorderStyle.THIN);
        totalInteger = workbook.createCellStyle();
        totalInteger.cloneStyleFrom(integer);
        totalInteger.setFont(bold);
        totalInteger.setBorderTop(BorderStyle.THIN);
        for (CellStyle style : new CellStyle[]{link, money, amount, moneyBig, percent, integer, decimal, date}) {
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
