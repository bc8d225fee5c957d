package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.DepartmentCost;
import dev.toolspend.analysis.MonthOverMonth;
import dev.toolspend.analysis.PriceCheck;
import dev.toolspend.analysis.RealizedSaving;
import dev.toolspend.analysis.ToolSummary;
import dev.toolspend.analysis.Trend;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sheets of month over month: Trend (with its native line charts), Realized savings, Departments and Renewal
 * prices. Every figure comes from {@link AnalysisResult}; the words from {@link Labels}.
 */
final class HistorySheets {

    /** Categories drawn one line each on the trend chart; the others are one line. */
    private static final int CHARTED_CATEGORIES = 6;
    /** Rows each chart takes. */
    private static final int CHART_ROWS = 14;

    private final AnalysisResult result;
    private final Labels labels;
    private final Formats formats;
    private final Function<String, String> toolName;

    HistorySheets(AnalysisResult result, Labels labels, Formats formats, Function<String, String> toolName) {
        this.result = result;
        this.labels = labels;
        this.formats = formats;
        this.toolName = toolName;
    }

    /**
     * Up to twelve periods: the company's figures per period and two line charts (spend by category; identified
     * against realized savings), tools new this period, spend rises, and each tool's active users per period. Without
     * history it says how to backfill, and draws no chart.
     */
    void trend(SheetBuilder s, Styles styles) {
        MonthOverMonth changes = result.monthOverMonth();
        Trend trend = changes.trend();
        s.fixWidth(0, 28);
        s.row().styled(labels.get("trend.title", result.period()), styles.title);
        if (!trend.hasHistory()) {
            s.row().text(labels.get("trend.noHistory"));
            s.row().text(labels.get("trend.backfill"));
            s.finish();
            return;
        }
        s.row().text(labels.get("trend.previous", changes.previousPeriod()));
        s.skipRow();
        List<String> categories = chartedCategories(trend);
        boolean others = trend.points().stream().flatMap(p -> p.spendByCategory().keySet().stream())
                .anyMatch(id -> !categories.contains(id));
        s.row().styledWide(labels.get("col.period"), styles.header).styledWide(labels.get("col.spendInPeriod"), styles.header)
                .styledWide(labels.get("summary.runRate"), styles.header)
                .styledWide(labels.get("summary.activeUsers"), styles.header)
                .styledWide(labels.get("trend.identified"), styles.header)
                .styledWide(labels.get("trend.realized"), styles.header);
        for (String category : categories) {
            s.styledWide(categoryName(category), styles.header);
        }
        if (others) {
            s.styledWide(labels.get("trend.otherCategories"), styles.header);
        }
        int first = s.rowIndex() + 1;
        for (Trend.Point p : trend.points()) {
            s.row().text(p.period().toString()).money(p.spendInPeriod()).money(p.annualCost()).integer(p.activeUsers())
                    .money(p.identifiedSavings()).money(p.realizedSavings());
            BigDecimal rest = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : p.spendByCategory().entrySet()) {
                if (!categories.contains(e.getKey())) {
                    rest = rest.add(e.getValue());
                }
            }
            for (String category : categories) {
                s.money(p.spendByCategory().getOrDefault(category, BigDecimal.ZERO));
            }
            if (others) {
                s.money(rest);
            }
        }
        int last = s.rowIndex();
        int seriesColumns = categories.size() + (others ? 1 : 0);
        s.skipRow();
        // the charts one above the other, each whole on its printed page (side by side, print bands cut them)
        int chartsTop = s.rowIndex() + 2;
        for (int i = 0; i < 2 * CHART_ROWS + 3; i++) {
            s.skipRow();
        }
        s.sheet().setRowBreak(chartsTop + CHART_ROWS);
        s.sheet().setRowBreak(chartsTop + 2 * CHART_ROWS + 2);

        s.row().styled(labels.get("trend.newTools"), styles.section);
        if (trend.newTools().isEmpty()) {
            s.row().text(labels.get("trend.none"));
        }
        for (String id : trend.newTools()) {
            ToolSummary tool = result.tool(id);
            s.row().text(toolName.apply(id)).money(tool.spendInPeriod()).money(tool.annualCost());
        }
        s.skipRow();
        s.row().styled(labels.get("trend.spendRises", formats.percent(result.parameters().spendRiseAlert())),
                styles.section);
        s.row().styledWide(labels.get("col.tool"), styles.header).styledWide(labels.get("trend.previousSpend"), styles.header)
                .styledWide(labels.get("col.spendInPeriod"), styles.header).styledWide(labels.get("trend.rise"), styles.header);
        if (trend.spendRises().isEmpty()) {
            s.row().text(labels.get("trend.none"));
        }
        for (Trend.SpendRise rise : trend.spendRises()) {
            s.row().text(toolName.apply(rise.toolId())).money(rise.previous()).money(rise.current()).percent(rise.rise());
        }
        s.skipRow();
        s.row().styled(labels.get("trend.activeUsersByTool"), styles.section);
        s.row().styledWide(labels.get("col.tool"), styles.header);
        for (Trend.Point p : trend.points()) {
            s.styledWide(p.period().toString(), styles.header);
        }
        s.styledWide(labels.get("col.utilization"), styles.header);
        for (Trend.ToolSeries series : trend.tools()) {
            if (series.activeUsers().stream().allMatch(a -> a == null)) {
                continue;
            }
            s.row().text(toolName.apply(series.toolId()));
            series.activeUsers().forEach(s::integer);
            s.percent(series.utilization().get(series.utilization().size() - 1));
        }
        s.finish();

        XSSFSheet sheet = (XSSFSheet) s.sheet();
        CellRangeAddress periods = new CellRangeAddress(first, last, 0, 0);
        List<CellRangeAddress> spend = new ArrayList<>();
        for (int c = 0; c < seriesColumns; c++) {
            spend.add(new CellRangeAddress(first, last, 6 + c, 6 + c));
        }
        lineChart(sheet, periods, first - 1, spend, labels.get("trend.spendChart"),
                0, 4, chartsTop, chartsTop + CHART_ROWS);
        lineChart(sheet, periods, first - 1, List.of(new CellRangeAddress(first, last, 4, 4),
                new CellRangeAddress(first, last, 5, 5)), labels.get("trend.savingsChart"), 0, 4,
                chartsTop + CHART_ROWS + 1, chartsTop + 2 * CHART_ROWS + 1);
    }

    /** The categories with the most spend this period, drawn one line each. */
    private List<String> chartedCategories(Trend trend) {
        Trend.Point now = trend.points().get(trend.points().size() - 1);
        return now.spendByCategory().entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(CHARTED_CATEGORIES).map(Map.Entry::getKey).toList();
    }

    private String categoryName(String id) {
        return result.tools().stream().filter(t -> t.category().id().equals(id)).findFirst()
                .map(t -> labels.categoryName(t.category())).orElse(id);
    }

    /** A native line chart, one series per column, named by the header row above the data. */
    private void lineChart(XSSFSheet sheet, CellRangeAddress periods, int headerRow, List<CellRangeAddress> columns,
                           String title, int fromColumn, int toColumn, int fromRow, int toRow) {
        XSSFChart chart = Charts.framed(sheet, title, fromColumn, fromRow, toColumn, toRow);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.LEFT);
        amounts.setCrosses(AxisCrosses.AUTO_ZERO);
        amounts.setNumberFormat(formats.excelIntegerFormat());
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axis, amounts);
        data.setVaryColors(false);
        for (CellRangeAddress column : columns) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(
                    XDDFDataSourcesFactory.fromStringCellRange(sheet, periods),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, column));
            String name = sheet.getRow(headerRow).getCell(column.getFirstColumn()).getStringCellValue();
            series.setTitle(name, null);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setSmooth(false);
        }
        chart.plot(data);
    }

    /** Realized savings of the last twelve months, newest first, with the evidence of each. */
    void realized(SheetBuilder s) {
        s.fixWidth(7, 60);
        s.header(labels.get("table.total"), labels.get("col.realizedIn"), labels.get("col.identifiedIn"),
                labels.get("col.type"), labels.get("col.tool"), labels.get("col.seatsBefore"),
                labels.get("col.seatsAfter"), labels.get("col.seatsReclaimed"), labels.get("col.evidence"),
                labels.get("col.annualSavings"));
        for (RealizedSaving r : result.monthOverMonth().ledger()) {
            String name = toolNameAnyPeriod(r.toolId());
            s.row().text(r.period().toString()).text(r.identifiedIn().toString()).text(labels.get("type." + r.type()))
                    .text(name).integer(r.seatsBefore()).integer(r.seatsAfter()).integer(r.seatsReclaimed())
                    .wrapped(r.cancellation()
                            ? labels.get("realized.cancelled", name, r.period().toString())
                            : labels.get("realized.reclaimed", name, formats.number(r.seatsBefore()),
                                    formats.number(r.seatsAfter()), r.identifiedIn().toString(), r.period().toString()))
                    .money(r.annualSavings());
        }
        s.sum(6, 8).finish();
    }

    /** A tool of this period by its name here; a tool gone since (cancelled) by its id. */
    private String toolNameAnyPeriod(String id) {
        return result.tools().stream().anyMatch(t -> t.id().equals(id)) ? toolName.apply(id) : id;
    }

    /** Chargeback: each department's spend, annual cost and identified savings; the totals are the company's. */
    void departments(SheetBuilder s) {
        s.header(labels.get("table.total"), labels.get("col.department"), labels.get("col.spendInPeriod"),
                labels.get("col.annualCost"), labels.get("col.annualSavings"));
        for (DepartmentCost d : result.departments()) {
            s.row().text(d.department() == null ? labels.get("department.unassigned") : d.department())
                    .money(d.spendInPeriod()).money(d.annualCost()).money(d.identifiedSavings());
        }
        s.sum(1, 2, 3).finish();
    }

    /** Each renewal in the horizon priced against last year's and the list price; the target beside the act-by date. */
    void prices(SheetBuilder s) {
        s.header(labels.get("table.total"), labels.get("col.tool"), labels.get("col.seats"), labels.get("col.priceNow"),
                labels.get("col.priceLastYear"), labels.get("col.vsLastYear"), labels.get("col.perYearLastYear"),
                labels.get("col.priceList"), labels.get("col.vsList"), labels.get("col.perYearList"),
                labels.get("col.target"), labels.get("col.actBy"), labels.get("col.renewalDate"), labels.get("col.alert"));
        List<PriceCheck> checks = new ArrayList<>(result.priceChecks());
        checks.sort(Comparator.comparing(PriceCheck::actBy).thenComparing(PriceCheck::toolId));
        for (PriceCheck c : checks) {
            s.row().text(toolName.apply(c.toolId())).integer(c.seats()).money(c.monthlySeatPrice()).money(c.lastYear())
                    .percent(c.lastYearRatio()).money(c.lastYearPerYear()).money(c.list()).percent(c.listRatio())
                    .money(c.listPerYear()).money(c.target()).date(c.actBy()).date(c.renewalDate())
                    .text(labels.get(c.alert() ? "yes" : "no"));
        }
        s.sum(1).finish();
    }
}
