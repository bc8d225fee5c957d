package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.analysis.CarriedDecision;
import dev.toolspend.analysis.DepartmentCost;
import dev.toolspend.analysis.Finding;
import dev.toolspend.analysis.MonthOverMonth;
import dev.toolspend.analysis.PriceCheck;
import dev.toolspend.analysis.NotCounted;
import dev.toolspend.analysis.OverlapGroup;
import dev.toolspend.analysis.ToolSummary;
import dev.toolspend.analysis.UnrecognisedGroup;
import dev.toolspend.model.TableRead;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable companion of the workbook, in the shape README.md documents: money in report
 * currency rounded to cents, ratios to 4 decimals, dates ISO, null where unknown.
 */
final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final AnalysisResult result;
    private final InputReport inputs;
    private final List<QualityIssue> issues;
    private final FindingText text;
    private final String generatedBy;
    private final Labels labels;

    JsonReport(AnalysisResult result, InputReport inputs, List<QualityIssue> issues, Labels labels, String generatedBy) {
        this.result = result;
        this.inputs = inputs;
        this.issues = issues;
        this.generatedBy = generatedBy;
        this.labels = labels;
        this.text = new FindingText(labels, new Formats(labels.locale(), result.currency()),
                id -> labels.toolName(result.tool(id).tool()), result.period());
    }

    String render() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("period", result.period().toString());
        root.put("asOf", result.period().asOf().toString());
        root.put("currency", result.currency());
        root.put("generatedBy", generatedBy);
        var p = result.parameters();
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("inactiveAfterDays", p.inactiveAfterDays());
        parameters.put("underusedBelow", p.underusedBelow());
        parameters.put("headroom", p.headroom());
        parameters.put("renewalHorizonDays", p.renewalHorizonDays());
        parameters.put("defaultNoticeDays", p.defaultNoticeDays());
        var t = result.totals();
        ObjectNode totals = root.putObject("totals");
        totals.put("spendInPeriod", Formats.cents(t.spendInPeriod()));
        totals.put("annualCost", Formats.cents(t.annualCost()));
        totals.put("identifiedAnnualSavings", Formats.cents(t.identifiedAnnualSavings()));
        totals.put("activeUsers", t.activeUsers());
        totals.put("tools", t.tools());
        ArrayNode notCounted = totals.putArray("notCounted");
        NotCountedText sentences = new NotCountedText(labels);
        for (NotCounted n : result.notCounted()) {
            ObjectNode node = notCounted.addObject();
            node.put("kind", camel(n.kind().name()));
            node.put("reason", camel(n.cause().name()));
            node.put("count", n.count());
            ObjectNode amounts = node.putObject("amounts");
            n.amounts().forEach((currency, amount) -> amounts.put(currency, Formats.cents(amount)));
            node.put("withoutAmount", n.withoutAmount());
            ArrayNode currencies = node.putArray("currencies");
            n.currencies().forEach(currencies::add);
            node.put("text", sentences.line(n));
        }
        ArrayNode tools = root.putArray("tools");
        result.tools().forEach(tool -> tools.add(tool(tool)));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(finding -> findings.add(finding(finding)));
        ArrayNode overlaps = root.putArray("overlaps");
        result.overlaps().forEach(group -> overlaps.add(overlap(group)));
        ArrayNode unrecognised = root.putArray("unrecognisedSpend");
        result.unrecognised().forEach(group -> unrecognised.add(unrecognised(group)));
        monthOverMonth(root.putObject("monthOverMonth"));
        ArrayNode decisions = root.putArray("decisions");
        result.decisions().forEach(d -> decisions.add(decision(d)));
        ArrayNode departments = root.putArray("departments");
        for (DepartmentCost d : result.departments()) {
            ObjectNode node = departments.addObject();
            node.put("department", d.department());
            node.put("spendInPeriod", Formats.cents(d.spendInPeriod()));
            node.put("annualCost", Formats.cents(d.annualCost()));
            node.put("identifiedAnnualSavings", Formats.cents(d.identifiedSavings()));
        }
        ObjectNode quality = root.putObject("dataQuality");
        quality.put("filesRead", inputs.filesRead());
        quality.put("filesIgnored", inputs.filesIgnored());
        quality.put("rowsRead", inputs.rowsRead());
        quality.put("rowsRejected", inputs.rowsRejected());
        ArrayNode tables = quality.putArray("tables");
        for (TableRead table : inputs.tables()) {
            ObjectNode node = tables.addObject();
            node.put("file", table.path());
            node.put("sheet", table.sheet());
            node.put("kind", camel(table.kind().name()));
            node.put("read", table.stats().read());
            node.put("used", table.stats().used());
            node.put("rejected", table.stats().rejected());
            node.put("skipped", table.stats().skipped());
        }
        ArrayNode issueNodes = quality.putArray("issues");
        for (QualityIssue issue : issues) {
            ObjectNode node = issueNodes.addObject();
            node.put("issue", issue.kind());
            node.put("file", issue.where().file());
            node.put("sheet", issue.where().sheet());
            node.put("line", issue.where().line() > 0 ? issue.where().line() : null);
            node.put("column", issue.column());
            node.put("value", issue.value());
            node.put("code", issue.reason().key());
            node.put("text", labels.message(issue.reason()));
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private ObjectNode tool(ToolSummary t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", t.id());
        node.put("name", t.tool().name());
        node.put("category", t.category().id());
        node.put("categoryLabel", labels.categoryName(t.category()));
        node.put("seats", t.seats());
        node.put("activeUsers", t.activeUsers());
        node.put("utilization", ratio(t.utilization()));
        node.put("spendInPeriod", Formats.cents(t.spendInPeriod()));
        node.put("annualCost", Formats.cents(t.annualCost()));
        node.put("annualCostSource", t.costSource().name().toLowerCase(Locale.ROOT));
        node.put("costPerActiveUser", Formats.cents(t.costPerActiveUser()));
        node.put("usageData", t.usageData());
        node.put("reclaimableSeats", t.reclaimableSeats());
        node.put("annualSavings", Formats.cents(t.annualSavings()));
        return node;
    }

    private ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", f.type().name());
        node.put("toolId", f.toolId());
        node.put("annualSavings", Formats.cents(f.annualSavings()));
        node.put("actBy", f.actBy() == null ? null : f.actBy().toString());
        MonthOverMonth.State state = result.monthOverMonth().state(f);
        node.put("state", state.isNew() ? "new" : "stillOpen");
        node.put("openPeriods", state.openPeriods());
        node.put("detail", text.action(f) + " " + text.evidence(f));
        return node;
    }

    /** Since the previous period run: states, realized savings, price checks (README, "Month over month"). */
    private void monthOverMonth(ObjectNode node) {
        MonthOverMonth m = result.monthOverMonth();
        node.put("previousPeriod", m.previousPeriod() == null ? null : m.previousPeriod().toString());
        node.put("identifiedOpenAnnualSavings", Formats.cents(m.identifiedOpen()));
        node.put("realizedThisPeriod", Formats.cents(m.realizedThisPeriod()));
        node.put("realizedLast12Months", Formats.cents(m.realizedLast12Months()));
        ArrayNode states = node.putArray("findingStates");
        result.findings().stream().map(MonthOverMonth.Key::of).distinct().forEach(key -> {
            MonthOverMonth.State state = m.states().get(key);
            ObjectNode s = states.addObject();
            s.put("type", key.type().name());
            s.put("toolId", key.toolId());
            s.put("state", state.isNew() ? "new" : "stillOpen");
            s.put("openPeriods", state.openPeriods());
        });
        ArrayNode gone = node.putArray("gone");
        m.gone().forEach(f -> {
            ObjectNode g = gone.addObject();
            g.put("type", f.type().name());
            g.put("toolId", f.toolId());
            g.put("annualSavings", Formats.cents(f.annualSavings()));
        });
        ArrayNode realized = node.putArray("realized");
        m.realized().forEach(r -> {
            ObjectNode g = realized.addObject();
            g.put("type", r.type().name());
            g.put("toolId", r.toolId());
            g.put("identifiedIn", r.identifiedIn().toString());
            g.put("annualSavings", Formats.cents(r.annualSavings()));
            g.put("seatsBefore", r.seatsBefore());
            g.put("seatsAfter", r.seatsAfter());
            g.put("seatsReclaimed", r.seatsReclaimed());
        });
        ArrayNode checks = node.putArray("priceChecks");
        for (PriceCheck c : result.priceChecks()) {
            ObjectNode g = checks.addObject();
            g.put("toolId", c.toolId());
            g.put("seats", c.seats());
            g.put("monthlySeatPrice", Formats.cents(c.monthlySeatPrice()));
            g.put("lastYearMonthlySeatPrice", Formats.cents(c.lastYear()));
            g.put("lastYearPercent", ratio(c.lastYearRatio()));
            g.put("lastYearPerYear", Formats.cents(c.lastYearPerYear()));
            g.put("listMonthlySeatPrice", Formats.cents(c.list()));
            g.put("listPercent", ratio(c.listRatio()));
            g.put("listPerYear", Formats.cents(c.listPerYear()));
            g.put("targetMonthlySeatPrice", Formats.cents(c.target()));
            g.put("alert", c.alert());
            g.put("actBy", c.actBy().toString());
        }
    }

    /**
     * A decision carried to a finding (README, "Decisions"): its status now ({@code toDo} for a "won't do" past its
     * window), as typed, when and where it was read; whether it sets the finding aside, and whether a finding marked
     * done is still in the files.
     */
    private ObjectNode decision(CarriedDecision d) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", d.key().type().name());
        node.put("toolId", d.key().toolId());
        node.put("status", camel(d.status().name()));
        node.put("statusAsRead", camel(d.decision().status().name()));
        node.put("comment", d.decision().comment());
        node.put("decidedIn", d.decision().decidedIn().toString());
        node.put("readFrom", d.decision().source().toString());
        node.put("setAside", d.setAside());
        node.put("notYetSeenInFiles", d.notYetSeen());
        return node;
    }

    private ObjectNode overlap(OverlapGroup group) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("category", group.category().id());
        node.put("categoryLabel", labels.categoryName(group.category()));
        node.put("keptToolId", group.keptToolId());
        ArrayNode ids = node.putArray("toolIds");
        group.members().forEach(m -> ids.add(m.toolId()));
        node.put("sharedActiveUsers", group.sharedActiveUsers());
        return node;
    }

    private ObjectNode unrecognised(UnrecognisedGroup group) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("descriptor", group.descriptor());
        node.put("lines", group.lines());
        node.put("amount", Formats.cents(group.amount()));
        return node;
    }

    /** A stable id for scripts, from an enum constant: {@code NO_FX_RATE} → {@code noFxRate}. */
    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_", -1)) {
            out.append(out.isEmpty() || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static BigDecimal ratio(BigDecimal value) {
        BigDecimal rounded = Formats.ratio(value);
        return rounded == null ? null : rounded.stripTrailingZeros();
    }
}
