package dev.toolspend.report;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel charts drawn from a sheet's own cells. */
final class Charts {

    private Charts() {
    }

    /**
     * An empty chart with its title, framed from a cell to another.
     *
     * @param fromColumn first column of the frame; {@code toColumn} the column after its last
     * @param fromRow    the row of its top; {@code toRow} the row after its bottom
     */
    static XSSFChart framed(XSSFSheet sheet, String title, int fromColumn, int fromRow, int toColumn, int toRow) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                : sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, fromColumn, fromRow, toColumn, toRow);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }
}
