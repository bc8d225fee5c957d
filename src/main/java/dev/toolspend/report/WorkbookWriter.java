package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.CarriedDecision;
import dev.toolspend.analysis.Finding;
import dev.toolspend.analysis.FindingType;
import dev.toolspend.analysis.OverlapGroup;
import dev.toolspend.analysis.RenewalItem;
import dev.toolspend.analysis.SeatToReclaim;
import dev.toolspend.analysis.ToolSummary;
import dev.toolspend.analysis.UnrecognisedGroup;
import dev.toolspend.model.Decision;
import dev.toolspend.model.DecisionStatus;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.TableRead;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the period's workbook: one sheet per part of PRODUCT.md's Output table. */
final class WorkbookWriter {

    /** The rules the Method sheet explains, in its order: labels {@code rule.<name>} and {@code rule.<name>.text}. */
    static final List<String> RULES = List.of("inputs", "spend", "tax", "annualCost", "activity", "utilization",
            "unused", "underused", "overlap", "renewal", "untracked", "savings", "rounding");

    private static final int TOP_ACTIONS = 10;
    /** Rows of a streamed sheet kept in memory (rows above are written out and can no longer change). */
    static final int ROWS_IN_MEMORY = 2_000;
    /** The chart shows the categories with the largest spend; the table beside it lists them all. */
    private static final int CHARTED_CATEGORIES = 10;

    private final AnalysisResult result;
    private final InputReport inputs;
    private final List<QualityIssue> issues;
    private final Labels labels;
    private final Formats formats;
    private final FindingText findingText;
    private final String generatedBy;
    /** The findings to act on: every finding but those set aside ("won't do" within its window). */
    private final List<Finding> actions;
    /** The findings set aside, listed on a sheet of their own. */
    private final List<Finding> setAside;
    private final SheetBuilder.Page page;
    private final String inputFingerprint;

    WorkbookWriter(AnalysisResult result, InputReport inputs, List<QualityIssue> issues, Labels labels,
                   String generatedBy, ReportWriter.Stamp stamp) {
        this.result = result;
        this.inputs = inputs;
        this.issues = issues;
        this.labels = labels;
        this.formats = new Formats(labels.locale(), result.currency());
        this.findingText = new FindingText(labels, formats, this::toolName, result.period());
        this.generatedBy = generatedBy;
        this.actions = result.findings().stream().filter(f -> !result.setAside(f)).toList();
        this.setAside = result.findings().stream().filter(result::setAside).toList();
        this.inputFingerprint = stamp.inputFingerprint() != null ? stamp.inputFingerprint()
                : ReportWriter.Stamp.fingerprint(inputs.files());
        String title = labels.get("summary.title", result.period());
        this.page = new SheetBuilder.Page(formats.letterPaper(),
                SheetBuilder.Page.literal(stamp.company().isEmpty() ? title : stamp.company() + " — " + title),
                labels.get("print.page"),
                SheetBuilder.Page.literal(labels.get("print.inputs", inputFingerprint.substring(0, 12))));
    }

    /**
     * The Summary (short, with its charts) is built in memory; every other sheet, some of which can be long
     * (Seats to reclaim lists every seat of every underused tool), is streamed to a temporary file
     * ({@link SXSSFWorkbook}) keeping {@link #ROWS_IN_MEMORY} rows in memory.
     */
    void write(OutputStream out) throws IOException {
        PoiTempFiles.useOwnFolder();
        XSSFWorkbook template = new XSSFWorkbook();
        template.getProperties().getCoreProperties().setTitle(labels.get("summary.title", result.period()));
        template.getProperties().getCoreProperties().setCreator(generatedBy);
        // the same inputs give the same workbook: no clock in its properties
        template.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                java.util.Date.from(result.period().asOf().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
        Styles styles = new Styles(template, formats);
        summary(new SheetBuilder(template.createSheet(WorkbookUtil.createSafeSheetName(labels.get("sheet.summary"))),
                styles, page), styles);
        HistorySheets history = new HistorySheets(result, labels, formats, this::toolName);
        history.trend(new SheetBuilder(template.createSheet(WorkbookUtil.createSafeSheetName(labels.get("sheet.trend"))),
                styles, page), styles);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROWS_IN_MEMORY)) {
            actions(sheet(workbook, "sheet.actions", styles), actions);
            if (!setAside.isEmpty()) {
                actions(sheet(workbook, "sheet.setAside", styles), setAside);
            }
            tools(sheet(workbook, "sheet.tools", styles));
            overlaps(sheet(workbook, "sheet.overlaps", styles));
            renewals(sheet(workbook, "sheet.renewals", styles));
            history.prices(sheet(workbook, "sheet.prices", styles));
            seats(sheet(workbook, "sheet.seats", styles));
            history.realized(sheet(workbook, "sheet.realized", styles));
            history.departments(sheet(workbook, "sheet.departments", styles));
            unrecognised(sheet(workbook, "sheet.unrecognised", styles));
            problems(sheet(workbook, "sheet.quality", styles));
            filesRead(sheet(workbook, "sheet.files", styles));
            method(sheet(workbook, "sheet.method", styles), styles);
            workbook.write(out);
        }
    }

    private SheetBuilder sheet(SXSSFWorkbook workbook, String key, Styles styles) {
        return new SheetBuilder(workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get(key))), styles,
                page);
    }

    /**
     * The Summary, one printed page: what the figures leave out, then what needs a decision this month (renewals
     * overdue or critical, the top actions, each with its act-by date and owner), then the figures with their charts.
     * Columns: A a sentence or a label, B money, C a type or urgency, D the tool, E the owner, F the act-by date.
     */
    private void summary(SheetBuilder s, Styles styles) {
        var totals = result.totals();
        s.fixWidth(0, 62).onePage();
        s.row().styled(labels.get("summary.title", result.period()), styles.title);
        List<String> notCounted = new NotCountedText(labels).lines(result.notCounted());
        for (String line : notCounted) {
            s.row().warning(line, 6);
        }
        s.skipRow();
        s.row().styled(labels.get("summary.decide"), styles.title);
        List<RenewalItem> urgent = result.renewals().stream()
                .filter(r -> r.overdue() || r.urgency() == dev.toolspend.analysis.Urgency.CRITICAL).toList();
        if (!urgent.isEmpty()) {
            s.row().styled(labels.get("summary.urgentRenewals"), styles.section);
            s.row().styledWide(labels.get("col.renewal"), styles.header)
                    .styledWide(labels.get("col.annualCost"), styles.header)
                    .styledWide(labels.get("col.urgency"), styles.header).styledWide(labels.get("col.tool"), styles.header)
                    .styledWide(labels.get("col.owner"), styles.header).styledWide(labels.get("col.actBy"), styles.header);
            for (RenewalItem r : urgent) {
                Finding finding = actions.stream().filter(f -> f instanceof Finding.Renewal n && n.renewal().equals(r))
                        .findFirst().orElse(null);
                s.row().wrapped(finding == null ? toolName(r.toolId()) : findingText.action(finding))
                        .money(r.annualCost())
                        .text(labels.get(r.overdue() ? "urgency.overdue" : "urgency." + r.urgency()))
                        .text(toolName(r.toolId())).text(r.owner() != null ? r.owner() : result.tool(r.toolId()).owner())
                        .date(r.actBy());
            }
        }
        s.row().styled(labels.get("summary.topActions"), styles.section);
        s.row().styledWide(labels.get("col.action"), styles.header).styledWide(labels.get("col.annualSavings"), styles.header)
                .styledWide(labels.get("col.type"), styles.header).styledWide(labels.get("col.tool"), styles.header)
                .styledWide(labels.get("col.owner"), styles.header).styledWide(labels.get("col.actBy"), styles.header);
        for (Finding finding : actions.subList(0, Math.min(TOP_ACTIONS, actions.size()))) {
            s.row().wrapped(findingText.action(finding)).money(savings(finding))
                    .text(labels.get("type." + finding.type())).text(toolName(finding.toolId())).text(owner(finding))
                    .date(actBy(finding));
        }
        s.row().styled(labels.get("summary.actBy"), styles.indented);
        s.skipRow();
        s.row().styled(labels.get("summary.figures"), styles.title);
        int figuresRow = s.rowIndex() + 1;
        s.row().text(labels.get("summary.period")).text(result.period().toString());
        s.row().text(labels.get("summary.asOf")).date(result.period().asOf());
        s.row().text(labels.get("summary.currency")).text(result.currency());
        s.row().text(labels.get("summary.spend")).money(totals.spendInPeriod());
        s.row().text(labels.get("summary.unrecognised")).money(totals.unrecognisedSpend());
        if (totals.taxInPeriod().signum() != 0) {
            s.row().text(labels.get("summary.tax")).money(totals.taxInPeriod());
        }
        s.row().text(labels.get("summary.runRate")).money(totals.annualCost());
        s.row().text(labels.get("summary.tools")).link(totals.tools(), labels.get("sheet.tools"));
        s.row().text(labels.get("summary.activeUsers")).integer(totals.activeUsers());
        s.row().styled(labels.get("summary.savings"), styles.section).moneyBig(totals.identifiedAnnualSavings());
        int firstSavingsRow = -1;
        List<FindingType> savingTypes = new java.util.ArrayList<>(
                List.of(FindingType.UNUSED, FindingType.UNDERUSED, FindingType.OVERLAP));
        if (totals.savingsByType().containsKey(FindingType.PRICE)) {
            savingTypes.add(FindingType.PRICE);
        }
        for (FindingType type : savingTypes) {
            s.row().styled(labels.get("type." + type), styles.indented)
                    .money(totals.savingsByType().getOrDefault(type, BigDecimal.ZERO));
            firstSavingsRow = firstSavingsRow < 0 ? s.rowIndex() : firstSavingsRow;
        }
        var changes = result.monthOverMonth();
        s.row().text(labels.get("summary.identifiedOpen")).money(changes.identifiedOpen());
        s.row().styled(labels.get("summary.realizedThisPeriod"), styles.section).money(changes.realizedThisPeriod());
        s.row().text(labels.get("summary.realized12")).money(changes.realizedLast12Months());
        s.row().text(changes.previousPeriod() == null ? labels.get("summary.noHistory")
                : labels.get("summary.sinceLastMonth", changes.previousPeriod(), newFindings(), changes.gone().size()));
        s.row().text(labels.get("summary.actionsCount")).link(actions.size(), labels.get("sheet.actions"));
        if (!setAside.isEmpty()) {
            s.row().text(labels.get("summary.setAsideCount")).link(setAside.size(), labels.get("sheet.setAside"));
        }
        s.row().text(labels.get("summary.renewalsCount", result.parameters().renewalHorizonDays()))
                .link(result.renewals().size(), labels.get("sheet.renewals"));
        s.row().text(labels.get("summary.qualityCount")).link(qualityItems(), labels.get("sheet.quality"));
        int figuresEnd = s.rowIndex();
        s.skipRow();
        s.row().styled(labels.get("summary.spendByCategory"), styles.section);
        s.row().styledWide(labels.get("col.category"), styles.header)
                .styledWide(labels.get("col.spendInPeriod"), styles.header)
                .styledWide(labels.get("col.annualCost"), styles.header);
        int firstCategoryRow = -1;
        int lastCharted = -1;
        List<Map.Entry<String, BigDecimal[]>> categories = spendByCategory();
        BigDecimal[] others = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < categories.size(); i++) {
            Map.Entry<String, BigDecimal[]> entry = categories.get(i);
            if (i >= CHARTED_CATEGORIES && categories.size() > CHARTED_CATEGORIES + 1) {
                others[0] = others[0].add(entry.getValue()[0]);
                others[1] = others[1].add(entry.getValue()[1]);
                continue;
            }
            s.row().text(entry.getKey()).money(entry.getValue()[0]).money(entry.getValue()[1]);
            if (firstCategoryRow < 0) {
                firstCategoryRow = s.rowIndex();
            }
            if (entry.getValue()[0].signum() > 0 && s.rowIndex() - firstCategoryRow < CHARTED_CATEGORIES) {
                lastCharted = s.rowIndex();
            }
        }
        if (categories.size() > CHARTED_CATEGORIES + 1) {
            s.row().text(labels.get("summary.otherCategories", categories.size() - CHARTED_CATEGORIES))
                    .money(others[0]).money(others[1]);
        }
        int categoriesEnd = s.rowIndex();
        s.skipRow();
        s.row().styled(labels.get("summary.generatedBy", generatedBy, inputs.files().size()), styles.text);
        s.finish();
        XSSFSheet sheet = (XSSFSheet) s.sheet();
        int lastSavingsRow = firstSavingsRow + savingTypes.size() - 1;
        barChart(sheet, new CellRangeAddress(firstSavingsRow, lastSavingsRow, 0, 0),
                new CellRangeAddress(firstSavingsRow, lastSavingsRow, 1, 1), labels.get("summary.savingsChartTitle"),
                labels.get("col.annualSavings"), BarDirection.COL, 2, 6, figuresRow, figuresEnd + 1);
        if (lastCharted >= 0) {
            barChart(sheet, new CellRangeAddress(firstCategoryRow, lastCharted, 0, 0),
                    new CellRangeAddress(firstCategoryRow, lastCharted, 1, 1), labels.get("summary.chartTitle"),
                    labels.get("col.spendInPeriod"), BarDirection.BAR, 3, 6, firstCategoryRow - 2, categoriesEnd + 1);
        }
    }

    /** Findings not there in the previous period run. */
    private long newFindings() {
        return actions.stream().map(dev.toolspend.analysis.MonthOverMonth.Key::of).distinct()
                .filter(k -> result.monthOverMonth().states().get(k).isNew()).count();
    }

    /**
     * Marked done but still in the files; set aside until when; back to do after a "won't do"; else new since the
     * previous period run, or open for how many periods.
     */
    private String since(Finding finding, CarriedDecision decision) {
        if (decision != null && decision.notYetSeen()) {
            return labels.get("decisions.doneNotSeen", decision.decision().decidedIn().toString());
        }
        if (decision != null && decision.setAside()) {
            return labels.get("decisions.setAsideUntil", decision.decision().decidedIn().month()
                    .plusMonths(result.parameters().wontDoMonths()).toString());
        }
        if (decision != null && decision.expired()) {
            return labels.get("decisions.backToDo", decision.decision().decidedIn().toString());
        }
        return since(finding);
    }

    /** New since the previous period run, or open for how many periods. */
    private String since(Finding finding) {
        var state = result.monthOverMonth().state(finding);
        return state.isNew() ? labels.get("since.new") : labels.get("since.open", state.openPeriods());
    }

    /** What acting on a finding saves, or nothing where it saves nothing by itself (a renewal, an untracked tool). */
    private static BigDecimal savings(Finding finding) {
        return finding instanceof Finding.Renewal || finding instanceof Finding.Untracked ? null
                : finding.annualSavings();
    }

    /**
     * The date to act by: the finding's own (a renewal's); else the act-by date of the tool's upcoming renewal, where
     * seats and contracts are changed; else the last day of the month after the period, before its bill.
     */
    LocalDate actBy(Finding finding) {
        if (finding.actBy() != null) {
            return finding.actBy();
        }
        return result.renewals().stream().filter(r -> r.toolId().equals(finding.toolId())).map(RenewalItem::actBy)
                .min(Comparator.naturalOrder())
                .orElse(result.period().asOf().plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1));
    }

    /**
     * A native Excel bar chart drawn from the Summary's own cells, beside the key figures.
     *
     * @param fromColumn first column of the chart's frame; {@code toColumn} the column after its last
     * @param fromRow    the row of its top; {@code toRow} the row after its bottom
     */
    private void barChart(XSSFSheet sheet, CellRangeAddress names, CellRangeAddress values, String title,
                          String seriesTitle, BarDirection direction, int fromColumn, int toColumn, int fromRow,
                          int toRow) {
        XSSFChart chart = Charts.framed(sheet, title, fromColumn, fromRow, toColumn, toRow);
        boolean horizontal = direction == BarDirection.BAR;
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        if (horizontal) {
            categories.setOrientation(AxisOrientation.MAX_MIN);
        }
        XDDFValueAxis amounts = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        amounts.setCrosses(AxisCrosses.AUTO_ZERO);
        amounts.setNumberFormat(formats.excelIntegerFormat());
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, amounts);
        data.setBarDirection(direction);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, names),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
        series.setTitle(seriesTitle, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }

    /** Categories with spend or cost, largest spend in the period first (then annual cost, then name). */
    private List<Map.Entry<String, BigDecimal[]>> spendByCategory() {
        Map<String, BigDecimal[]> byCategory = new TreeMap<>();
        for (ToolSummary tool : result.tools()) {
            BigDecimal[] sums = byCategory.computeIfAbsent(categoryName(tool),
                    k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(tool.spendInPeriod());
            sums[1] = sums[1].add(tool.annualCost());
        }
        return byCategory.entrySet().stream()
                .filter(e -> e.getValue()[0].signum() != 0 || e.getValue()[1].signum() != 0)
                .sorted(Comparator.<Map.Entry<String, BigDecimal[]>, BigDecimal>comparing(e -> e.getValue()[0]).reversed()
                        .thenComparing(e -> e.getValue()[1], Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    /**
     * A list of findings, ranked, with the columns a manager fills in (README, "Decisions"): Status (a list of the
     * four statuses in the report language), Comment, then, written by the report, Decided (the period and status
     * of a decision carried from an earlier workbook) and the finding's id across periods ({@code UNDERUSED:slack}),
     * by which the next run carries what was typed.
     */
    private void actions(SheetBuilder s, List<Finding> findings) {
        s.fixWidth(4, 40).fixWidth(5, 50).fixWidth(12, 30);
        s.header(labels.get("table.total"), labels.get("col.rank"), labels.get("col.type"), labels.get("col.tool"), labels.get("col.category"),
                labels.get("col.action"), labels.get("col.evidence"), labels.get("col.annualSavings"),
                labels.get("col.owner"), labels.get("col.actBy"), labels.get("col.urgency"), labels.get("col.since"),
                labels.get("col.status"), labels.get("col.comment"), labels.get("col.decided"),
                labels.get("col.findingId"));
        int rank = 0;
        for (Finding finding : findings) {
            ToolSummary tool = result.tool(finding.toolId());
            CarriedDecision decision = result.decision(finding).orElse(null);
            s.row().integer(++rank).text(labels.get("type." + finding.type())).text(toolName(tool.id()))
                    .text(categoryName(tool)).wrapped(findingText.action(finding)).wrapped(findingText.evidence(finding))
                    .money(savings(finding)).text(owner(finding)).date(actBy(finding))
                    .text(finding instanceof Finding.Renewal r ? labels.get("urgency." + r.renewal().urgency()) : null)
                    .text(since(finding, decision))
                    .text(decision == null ? null : status(decision.status()))
                    .wrapped(decision == null || decision.decision().comment().isEmpty() ? null
                            : decision.decision().comment())
                    .text(decided(decision))
                    .text(Decision.findingId(finding.type().name(), finding.toolId()));
        }
        s.choices(11, STATUSES.stream().map(this::status).toArray(String[]::new));
        // no sum of savings: a tool's alternatives (overlap or underused) are both listed, the Tools sheet sums once
        s.count(2).finish();
    }

    /** The statuses of the Status list, in its order. */
    private static final List<DecisionStatus> STATUSES = List.of(DecisionStatus.TO_DO, DecisionStatus.IN_PROGRESS,
            DecisionStatus.DONE, DecisionStatus.WONT_DO);

    private String status(DecisionStatus status) {
        return labels.get("status." + status);
    }

    /** A carried decision's period and status ({@code 2026-09: won't do}); none for one back to do. */
    private String decided(CarriedDecision decision) {
        if (decision == null || decision.status() == DecisionStatus.TO_DO) {
            return null;
        }
        return labels.get("decisions.decided", decision.decision().decidedIn().toString(), status(decision.status()));
    }

    private void tools(SheetBuilder s) {
        s.header(labels.get("table.total"), labels.get("col.tool"), labels.get("col.toolId"), labels.get("col.category"), labels.get("col.seats"),
                labels.get("col.activeUsers"), labels.get("col.utilization"), labels.get("col.spendInPeriod"),
                labels.get("col.annualCost"), labels.get("col.costSource"), labels.get("col.costPerActiveUser"),
                labels.get("col.monthlySeatPrice"), labels.get("col.usageData"), labels.get("col.reclaimableSeats"),
                labels.get("col.annualSavings"), labels.get("col.nextRenewal"), labels.get("col.owner"),
                labels.get("col.exempt"), labels.get("col.seatsActive"), labels.get("col.seatsNew"),
                labels.get("col.seatsInactive"), labels.get("col.seatsNeverActive"), labels.get("col.seatsDeparted"),
                labels.get("col.seatsUnassigned"));
        for (ToolSummary t : result.tools()) {
            var seats = t.seatCounts();
            s.row().text(toolName(t.id())).text(t.id()).text(categoryName(t)).integer(t.seats()).integer(t.activeUsers())
                    .percent(t.utilization()).money(t.spendInPeriod()).money(t.annualCost())
                    .text(labels.get("costSource." + t.costSource())).money(t.costPerActiveUser())
                    .money(t.monthlySeatPrice()).text(yesNo(t.usageData())).integer(t.reclaimableSeats())
                    .money(t.annualSavings()).date(t.nextRenewal()).text(t.owner()).text(yesNo(t.exempt()))
                    .integer(seats.active()).integer(seats.newSeats()).integer(seats.inactive())
                    .integer(seats.neverActive()).integer(seats.departed()).integer(seats.unassigned());
        }
        BigDecimal amber = result.parameters().underusedBelow();
        BigDecimal red = amber.divide(BigDecimal.valueOf(2));
        s.highlight(5, new SheetBuilder.Band("AND(ISNUMBER({cell}),{cell}<" + red.toPlainString() + ")", IndexedColors.ROSE),
                new SheetBuilder.Band("AND(ISNUMBER({cell}),{cell}<" + amber.toPlainString() + ")", IndexedColors.LIGHT_ORANGE),
                new SheetBuilder.Band("ISNUMBER({cell})", IndexedColors.LIGHT_GREEN));
        s.sum(3, 4, 6, 7, 12, 13, 17, 18, 19, 20, 21, 22).finish();
    }

    private void overlaps(SheetBuilder s) {
        s.header(labels.get("table.total"), labels.get("col.category"), labels.get("col.tool"), labels.get("col.role"), labels.get("col.keptTool"),
                labels.get("col.activeUsers"), labels.get("col.activeInBoth"), labels.get("col.movers"),
                labels.get("col.annualCost"), labels.get("col.monthlySeatPrice"), labels.get("col.migrationCost"),
                labels.get("col.savings"), labels.get("col.sharedActiveUsers"));
        for (OverlapGroup group : result.overlaps()) {
            String category = labels.categoryName(group.category());
            for (OverlapGroup.Member m : group.members()) {
                boolean kept = m.role() == OverlapGroup.Role.KEPT;
                s.row().text(category).text(toolName(m.toolId())).text(labels.get("role." + m.role()))
                        .text(group.keptToolId() == null ? null : toolName(group.keptToolId())).integer(m.activeUsers())
                        .integer(kept || m.activeUsers() == null ? null : m.activeInBoth())
                        .integer(kept || m.activeUsers() == null ? null : m.movers())
                        .money(m.annualCost()).money(m.monthlySeatPrice()).money(m.migrationCost()).money(m.savings())
                        .integer(group.sharedActiveUsers());
            }
        }
        s.sum(7, 9, 10).finish();
    }

    private void renewals(SheetBuilder s) {
        s.header(labels.get("table.total"), labels.get("col.tool"), labels.get("col.plan"), labels.get("col.renewalDate"), labels.get("col.noticeDays"),
                labels.get("col.actBy"), labels.get("col.daysToAct"), labels.get("col.urgency"), labels.get("col.overdue"),
                labels.get("col.seats"), labels.get("col.activeUsers"), labels.get("col.recommendedSeats"),
                labels.get("col.annualCost"), labels.get("col.autoRenew"), labels.get("col.owner"),
                labels.get("col.source"));
        for (RenewalItem r : result.renewals()) {
            s.row().text(toolName(r.toolId())).text(r.plan()).date(r.renewalDate()).integer(r.noticeDays())
                    .date(r.actBy()).integer(r.daysToAct()).text(labels.get("urgency." + r.urgency()))
                    .text(yesNo(r.overdue())).integer(r.seats()).integer(result.tool(r.toolId()).activeUsers())
                    .integer(r.recommendedSeats()).money(r.annualCost())
                    .text(r.autoRenew() == null ? null : yesNo(r.autoRenew())).text(r.owner()).text(r.source().toString());
        }
        urgencyColours(s, 6, 5);
        s.sum(8, 10, 11).finish();
    }

    /** Colours an urgency column by the days to act beside it: the bands of Rules.urgency. */
    private static void urgencyColours(SheetBuilder s, int urgencyColumn, int daysColumn) {
        String days = "INDIRECT(ADDRESS(ROW()," + (daysColumn + 1) + "))";
        s.highlight(urgencyColumn, new SheetBuilder.Band(days + "<=14", IndexedColors.ROSE),
                new SheetBuilder.Band(days + "<=30", IndexedColors.LIGHT_ORANGE),
                new SheetBuilder.Band(days + "<=60", IndexedColors.LIGHT_YELLOW));
    }

    private void seats(SheetBuilder s) {
        s.header(labels.get("table.total"), labels.get("col.tool"), labels.get("col.user"), labels.get("col.seatState"), labels.get("col.lastActivity"),
                labels.get("col.daysInactive"), labels.get("col.source"));
        for (SeatToReclaim seat : result.seatsToReclaim()) {
            s.row().text(toolName(seat.toolId())).text(seat.user()).text(labels.get("state." + seat.state()))
                    .date(seat.lastActive()).integer(seat.daysInactive()).text(seat.source().toString());
        }
        s.finish();
    }

    private void unrecognised(SheetBuilder s) {
        s.fixWidth(1, 36).fixWidth(6, 36);
        s.header(labels.get("table.total"), labels.get("col.descriptor"), labels.get("col.examples"), labels.get("col.lines"),
                labels.get("col.amount"), labels.get("col.why"), labels.get("col.catalogLine"), labels.get("col.source"));
        for (UnrecognisedGroup group : result.unrecognised()) {
            s.row().text(group.descriptor()).wrapped(String.join("\n", group.examples())).integer(group.lines())
                    .money(group.amount()).text(labels.message(group.rule()))
                    .text(group.notSoftware() ? null : UserCatalogLine.suggest(group.descriptor()))
                    .wrapped(firstSources(group.sources()));
        }
        s.sum(2, 3).finish();
    }

    /** Where the lines come from: the first ten, and how many more. */
    private String firstSources(List<String> sources) {
        int shown = Math.min(10, sources.size());
        String list = String.join("\n", sources.subList(0, shown));
        return shown == sources.size() ? list : list + "\n" + labels.get("more", sources.size() - shown);
    }

    /**
     * Data quality: one row per problem to fix (a file or sheet ignored, a row rejected, a note), fixed columns, the
     * most severe first and, within a severity, the most money at stake. The files read are on their own sheet.
     */
    private void problems(SheetBuilder s) {
        s.row().text(labels.get("quality.summary", inputs.filesRead(), inputs.filesIgnored(), inputs.rowsRead(),
                rejectedRows(), result.notes().size() + inputs.notes().size()));
        s.skipRow();
        s.fixWidth(7, 50);
        s.header(labels.get("table.total"), labels.get("col.severity"), labels.get("col.issue"), labels.get("col.file"),
                labels.get("col.sheet"), labels.get("col.line"), labels.get("col.column"), labels.get("col.value"),
                labels.get("col.reason"), labels.get("col.stake"), labels.get("col.currency"));
        List<QualityIssue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparingInt(this::severity)
                .thenComparing((QualityIssue i) -> stake(i) == null ? BigDecimal.ZERO : stake(i).abs(),
                        Comparator.reverseOrder()));         // stable: within both, the order of the JSON
        for (QualityIssue issue : sorted) {
            SourceRef where = issue.where();
            BigDecimal stake = stake(issue);
            s.row().text(labels.get("severity." + severity(issue))).text(labels.get("issue." + issue.kind()))
                    .text(where.file()).text(where.sheet()).integer(where.line() > 0 ? where.line() : null)
                    .text(issue.column()).text(issue.value()).wrapped(labels.message(issue.reason()))
                    .amount(stake)
                    .text(stake == null ? null : issue.stake().currency() == null ? result.currency()
                            : issue.stake().currency());
        }
        s.count(1).finish();
    }

    /**
     * 1: money the figures leave out (a rejected billing or license row); 2: a file or sheet not read, or another
     * rejected row; 3: a note, the row being used.
     */
    private int severity(QualityIssue issue) {
        return switch (issue.kind()) {
            case "rejected" -> issue.stake() != null || inputs.tables().stream()
                    .anyMatch(t -> t.table().equals(issue.where().table())
                            && (t.kind() == InputKind.BILLING || t.kind() == InputKind.LICENSES)) ? 1 : 2;
            case "ignored" -> 2;
            default -> 3;
        };
    }

    private static BigDecimal stake(QualityIssue issue) {
        return issue.stake() == null ? null : issue.stake().amount();
    }

    /** Files read: one row per table read or file (or sheet) ignored, with its counts and how it was read. */
    private void filesRead(SheetBuilder s) {
        s.fixWidth(12, 40).fixWidth(13, 36).fixWidth(14, 40);
        s.header(labels.get("table.total"), labels.get("col.file"), labels.get("col.sheet"), labels.get("col.kind"),
                labels.get("col.fileStatus"), labels.get("col.rowsRead"), labels.get("col.rowsUsed"),
                labels.get("col.rowsRejected"), labels.get("col.rowsSkipped"), labels.get("col.layout"),
                labels.get("col.headerRow"), labels.get("col.encoding"), labels.get("col.delimiter"),
                labels.get("col.formats"), labels.get("col.skips"), labels.get("col.reason"));
        List<QualityRow> rows = new ArrayList<>();
        for (TableRead table : inputs.tables()) {
            FileStats counts = table.stats();
            rows.add(new QualityRow(table.path(), table.sheet(), () -> s.row().text(table.path()).text(table.sheet())
                    .text(labels.get("kind." + table.kind())).text(labels.get("issue.read"))
                    .integer(counts.read()).integer(counts.used()).integer(counts.rejected()).integer(counts.skipped())
                    .text(table.layout() == null ? null : labels.get("layout." + table.layout()))
                    .integer(table.headerLine() > 0 ? table.headerLine() : null)
                    .text(table.encoding())
                    .text(table.delimiter() == null ? null : labels.get("delimiter." + table.delimiter()))
                    .wrapped(HowRead.decisions(labels, table.decisions(), "\n"))
                    .wrapped(HowRead.skips(labels, table.stats().skips(), "\n")).blank()));
        }
        for (var ignored : inputs.ignored()) {
            rows.add(new QualityRow(ignored.path(), ignored.sheet(), () -> s.row().text(ignored.path())
                    .text(ignored.sheet()).blank().text(labels.get("issue.ignored")).blank().blank().blank().blank()
                    .blank().blank().blank().blank().blank().blank().wrapped(labels.message(ignored.reason()))));
        }
        rows.sort(Comparator.comparing(QualityRow::file).thenComparing(q -> q.sheet == null ? "" : q.sheet));
        rows.forEach(q -> q.writer.run());
        s.sum(4, 5, 6, 7).finish();
    }

    private record QualityRow(String file, String sheet, Runnable writer) {
    }

    private void method(SheetBuilder s, Styles styles) {
        var p = result.parameters();
        s.fixWidth(1, 64);
        s.row().styled(labels.get("method.parameters"), styles.section);
        s.row().styledWide(labels.get("col.parameter"), styles.header).styledWide(labels.get("col.value"), styles.header);
        s.row().text(labels.get("param.period")).text(result.period().toString());
        s.row().text(labels.get("param.asOf")).date(result.period().asOf());
        s.row().text(labels.get("param.currency")).text(result.currency());
        s.row().text(labels.get("param.inactiveAfterDays")).integer(p.inactiveAfterDays());
        s.row().text(labels.get("param.underusedBelow")).percent(p.underusedBelow());
        s.row().text(labels.get("param.headroom")).percent(p.headroom());
        s.row().text(labels.get("param.renewalHorizonDays")).integer(p.renewalHorizonDays());
        s.row().text(labels.get("param.defaultNoticeDays")).integer(p.defaultNoticeDays());
        s.row().text(labels.get("param.catalog")).text(inputs.catalogFingerprint());
        s.row().text(labels.get("param.inputs")).text(inputFingerprint);
        s.skipRow();
        s.row().styled(labels.get("method.rules"), styles.section);
        s.row().styledWide(labels.get("col.rule"), styles.header).styledWide(labels.get("col.explanation"), styles.header);
        for (String rule : RULES) {
            s.row().text(labels.get("rule." + rule)).wrapped(labels.get("rule." + rule + ".text"));
        }
        s.skipRow();
        s.row().styled(labels.get("method.fx"), styles.section);
        s.row().styledWide(labels.get("col.currency"), styles.header).styledWide(labels.get("col.rateIn"), styles.header)
                .styledWide(labels.get("col.base"), styles.header).styledWide(labels.get("col.effective"), styles.header);
        s.row().text(result.currency()).decimal(BigDecimal.ONE).text(result.currency()).blank();
        result.fxRates().forEach(e -> s.row().text(e.currency()).decimal(e.rate()).text(e.base()).date(e.effective()));
        s.skipRow();
        s.row().styled(labels.get("method.inputs"), styles.section);
        s.row().styledWide(labels.get("col.file"), styles.header).styledWide(labels.get("col.kind"), styles.header)
                .styledWide(labels.get("col.sheet"), styles.header).styledWide(labels.get("col.rowsRead"), styles.header)
                .styledWide(labels.get("col.rowsUsed"), styles.header).styledWide(labels.get("col.rowsRejected"), styles.header)
                .styledWide(labels.get("col.rowsSkipped"), styles.header).styledWide(labels.get("col.bytes"), styles.header)
                .styledWide(labels.get("col.sha256"), styles.header);
        for (InputFile file : inputs.files()) {
            List<TableRead> tables = inputs.tables().stream().filter(t -> t.path().equals(file.path())).toList();
            if (tables.isEmpty()) {
                s.row().text(file.path()).text(labels.get("issue.ignored")).blank().blank().blank().blank().blank()
                        .integer(file.size()).text(file.sha256());
            }
            for (TableRead table : tables) {
                FileStats counts = table.stats();
                s.row().text(file.path()).text(labels.get("kind." + table.kind())).text(table.sheet())
                        .integer(counts.read()).integer(counts.used()).integer(counts.rejected())
                        .integer(counts.skipped()).integer(file.size()).text(file.sha256());
            }
        }
        s.widen(0, 36);
        s.finish();
    }

    private long qualityItems() {
        return inputs.ignored().size() + rejectedRows() + result.notes().size() + inputs.notes().size();
    }

    long rejectedRows() {
        return inputs.rowsRejected();
    }

    private String owner(Finding finding) {
        if (finding instanceof Finding.Renewal r && r.renewal().owner() != null) {
            return r.renewal().owner();
        }
        return result.tool(finding.toolId()).owner();
    }

    private String toolName(String id) {
        return labels.toolName(result.tool(id).tool());
    }

    private String categoryName(ToolSummary tool) {
        return labels.categoryName(tool.category());
    }

    private String yesNo(boolean value) {
        return labels.get(value ? "yes" : "no");
    }
}
