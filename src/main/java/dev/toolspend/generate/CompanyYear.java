package dev.toolspend.generate;

import dev.toolspend.generate.DatasetGenerator.Found;
import dev.toolspend.generate.DatasetGenerator.MonthTruth;
import dev.toolspend.generate.DatasetGenerator.ToolFacts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A company's year ({@code generate --months N}, month folders): one complete input folder per month,
 * {@code OUT/YYYY-MM/}, for the job run for that period, where the events of {@link MonthPlan} happen at their
 * months; and per month {@code OUT/.truth/YYYY-MM.json}: the figures the job must find (as a single folder's
 * expected.json) with what changed since the month before ({@code monthOverMonth}), computed here from what was
 * generated, apart from the job's analysis:
 * <ul>
 *   <li>each finding (type, tool) is new (open 1 period) or still open (the previous period's count + 1); the
 *       previous period's findings that are not open now and whose tool was not acted on are gone;</li>
 *   <li>a previous UNDERUSED finding is realized when the tool's register seats went down: min(seats asked, seats
 *       before − after) × annual cost before / seats before; a previous UNUSED or OVERLAP finding when the tool has
 *       no register row and no spend: its annual savings; each tool once, its largest;</li>
 *   <li>realized over the last 12 months: the realized amounts of the months P−11 … P;</li>
 *   <li>price checks: last year's price is the month twelve months earlier, when it was generated.</li>
 * </ul>
 * The months are generated in order, each from the same seed (the same people hold the same tools).
 */
final class CompanyYear {

    private final DatasetGenerator.Settings s;

    CompanyYear(DatasetGenerator.Settings settings) {
        this.s = settings;
    }

    /** Writes every month; the counts are the year's, the expected path is the last month's truth. */
    DatasetGenerator.Result generate() throws IOException {
        Path truthDir = s.out().resolve(".truth");
        Files.createDirectories(truthDir);
        DatasetGenerator.writeNames(truthDir);
        YearMonth first = s.period().minusMonths(s.months() - 1L);
        Map<YearMonth, MonthTruth> done = new TreeMap<>();
        Map<YearMonth, BigDecimal> realizedByMonth = new TreeMap<>();
        long events = 0;
        long billingLines = 0;
        long usageRows = 0;
        long licenseRows = 0;
        Path expected = null;
        for (int i = 0; i < s.months(); i++) {
            YearMonth month = first.plusMonths(i);
            Map<String, BigDecimal> lastYearPrices = new TreeMap<>();
            MonthTruth yearBefore = done.get(month.minusMonths(12));
            if (yearBefore != null) {
                yearBefore.tools().values().forEach(t -> {
                    if (t.monthlySeatPrice() != null) {
                        lastYearPrices.put(t.id(), t.monthlySeatPrice());
                    }
                });
            }
            long extra = s.extraBillingLines() / s.months() + (i == s.months() - 1 ? s.extraBillingLines() % s.months() : 0);
            DatasetGenerator generator = new DatasetGenerator(new DatasetGenerator.Settings(
                    s.out().resolve(month.toString()), s.employees(), 1, s.eventsPerUserDay(), s.seed(), month, extra,
                    s.form(), s.messy()), new MonthPlan(i, s.period(), lastYearPrices));
            DatasetGenerator.Result written = generator.generate();
            events += written.events();
            billingLines += written.billingLines();
            usageRows += written.usageRows();
            licenseRows += written.licenseRows();
            MonthTruth truth = generator.monthTruth();
            MonthTruth previous = done.get(month.minusMonths(1));
            ObjectNode changes = monthOverMonth(truth, previous, realizedByMonth);
            truth.json().set("monthOverMonth", changes);
            expected = truthDir.resolve(month + ".json");
            Files.writeString(expected, DatasetGenerator.JSON.writeValueAsString(truth.json()) + "\n");
            Files.writeString(truthDir.resolve("licenses-" + month + ".csv"), generator.registerCsv());
            done.put(month, truth);
        }
        Files.writeString(truthDir.resolve("README.md"), """
                What the generator knows of the company's year, outside the input folders' reach:
                - YYYY-MM.json: the figures the job run for YYYY-MM on the folder YYYY-MM/ must find (tools, totals,
                  departments) and what changed since the month before (monthOverMonth: finding states, what is
                  gone, realized savings, price checks), when the months are run in order;
                - licenses-YYYY-MM.csv: that month's license register as CSV;
                - names.csv: every name each tool goes by; fx.csv: the rates, the report currency included.
                """);
        return new DatasetGenerator.Result(events, billingLines, usageRows, licenseRows, expected);
    }

    /** Key of a finding across months. */
    private static String key(Found f) {
        return f.type() + " " + f.toolId();
    }

    private static ObjectNode monthOverMonth(MonthTruth now, MonthTruth previous, Map<YearMonth, BigDecimal> realizedByMonth) {
        ObjectNode out = DatasetGenerator.JSON.createObjectNode();
        out.put("previousPeriod", previous == null ? null : previous.period().toString());
        out.put("identifiedOpenAnnualSavings", now.json().get("totals").get("identifiedAnnualSavings").decimalValue());

        Map<String, Found> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.findings().forEach(f -> before.putIfAbsent(key(f), f));
        }
        // realized: the previous findings the files now show acted on, each tool once (its largest)
        Map<String, ObjectNode> realized = new TreeMap<>();
        Map<String, BigDecimal> realizedAmount = new TreeMap<>();
        if (previous != null) {
            for (Found was : before.values()) {
                ToolFacts then = previous.tools().get(was.toolId());
                ToolFacts current = now.tools().get(was.toolId());
                int rows = current == null ? 0 : current.registerRows();
                BigDecimal spend = current == null ? BigDecimal.ZERO : current.spend();
                ObjectNode node = null;
                BigDecimal amount = null;
                if (was.type().equals("UNDERUSED") && then.seats() != null) {
                    int after = current == null || current.seats() == null ? 0 : current.seats();
                    int reclaimed = Math.max(0, Math.min(was.reclaimable(), then.seats() - after));
                    if (reclaimed > 0) {
                        amount = BigDecimal.valueOf(reclaimed).multiply(then.annualCost())
                                .divide(BigDecimal.valueOf(then.seats()), MathContext.DECIMAL128);
                        node = realizedNode(was, previous.period(), amount);
                        node.put("seatsBefore", then.seats());
                        node.put("seatsAfter", after);
                        node.put("seatsReclaimed", reclaimed);
                    }
                } else if ((was.type().equals("UNUSED") || was.type().equals("OVERLAP")) && rows == 0
                        && spend.signum() == 0) {
                    amount = was.savings();
                    node = realizedNode(was, previous.period(), amount);
                    node.putNull("seatsBefore");
                    node.putNull("seatsAfter");
                    node.putNull("seatsReclaimed");
                }
                if (node != null && (!realizedAmount.containsKey(was.toolId())
                        || amount.compareTo(realizedAmount.get(was.toolId())) > 0)) {
                    realized.put(was.toolId(), node);
                    realizedAmount.put(was.toolId(), amount);
                }
            }
        }
        BigDecimal realizedNow = realizedAmount.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        realizedByMonth.put(now.period(), realizedNow);
        BigDecimal last12 = realizedByMonth.entrySet().stream()
                .filter(e -> e.getKey().isAfter(now.period().minusMonths(12)) && !e.getKey().isAfter(now.period()))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.put("realizedThisPeriod", DatasetGenerator.cents(realizedNow));
        out.put("realizedLast12Months", DatasetGenerator.cents(last12));

        ArrayNode states = out.putArray("findingStates");
        List<String> open = new ArrayList<>();
        for (Found f : now.findings()) {
            if (open.contains(key(f))) {
                continue;
            }
            open.add(key(f));
            Found was = before.get(key(f));
            int openPeriods = was == null ? 1 : openPeriods(previous, was) + 1;
            ObjectNode state = states.addObject();
            state.put("type", f.type());
            state.put("toolId", f.toolId());
            state.put("state", was == null ? "new" : "stillOpen");
            state.put("openPeriods", openPeriods);
        }
        ArrayNode gone = out.putArray("gone");
        before.forEach((key, was) -> {
            if (!open.contains(key) && !realized.containsKey(was.toolId())) {
                ObjectNode node = gone.addObject();
                node.put("type", was.type());
                node.put("toolId", was.toolId());
                node.put("annualSavings", DatasetGenerator.cents(was.savings()));
            }
        });
        ArrayNode realizedList = out.putArray("realized");
        realized.values().forEach(realizedList::add);
        out.set("priceChecks", now.priceChecks());
        return out;
    }

    private static ObjectNode realizedNode(Found was, YearMonth identifiedIn, BigDecimal amount) {
        ObjectNode node = DatasetGenerator.JSON.createObjectNode();
        node.put("type", was.type());
        node.put("toolId", was.toolId());
        node.put("identifiedIn", identifiedIn.toString());
        node.put("annualSavings", DatasetGenerator.cents(amount));
        return node;
    }

    /** How many periods a finding of {@code month} had been open, as its truth says. */
    private static int openPeriods(MonthTruth month, Found finding) {
        // every finding of a month has its state in that month's truth: a missing one is the generator's own bug
        return java.util.stream.StreamSupport.stream(month.json().get("monthOverMonth").get("findingStates").spliterator(), false)
                .filter(state -> state.get("type").asString().equals(finding.type())
                        && state.get("toolId").asString().equals(finding.toolId()))
                .findFirst().orElseThrow().get("openPeriods").asInt();
    }
}
