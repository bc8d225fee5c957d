package dev.toolspend.analysis;

import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.Category;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.RosterEntry;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.Stake;
import dev.toolspend.model.Tool;
import dev.toolspend.model.ToolDirectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies PRODUCT.md's rules to resolved inputs. Plain Java: no Spring, no I/O; the same input always
 * gives the same result.
 */
public final class Analyzer {

    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing(Finding::annualSavings, Comparator.reverseOrder())
            .thenComparing(Finding::type)
            .thenComparing(Finding::toolId)
            .thenComparing(Finding::actBy, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The findings whose savings count in the total, each tool once. */
    private static final List<FindingType> SAVING_TYPES =
            List.of(FindingType.UNUSED, FindingType.UNDERUSED, FindingType.OVERLAP, FindingType.PRICE);

    private static final List<SeatState> RECLAIM_ORDER =
            List.of(SeatState.DEPARTED, SeatState.NEVER_ACTIVE, SeatState.INACTIVE);

    public AnalysisResult analyse(AnalysisInput in) {
        return new Run(in).result();
    }

    /** One analysis: accumulates per tool, then applies the rules. */
    private static final class Run {
        private final AnalysisInput in;
        private final LocalDate asOf;
        private final Parameters parameters;
        private final ToolDirectory directory;
        private final FxTable fx;
        private final List<Rejection> rejections = new ArrayList<>();
        private final List<DataNote> notes = new ArrayList<>();
        private final List<Stake> licensesWithoutRate = new ArrayList<>();
        private final Map<String, Facts> facts = new TreeMap<>();
        private final Map<String, UnrecognisedAccumulator> unrecognised = new TreeMap<>();
        private BigDecimal tax = BigDecimal.ZERO;
        private final Departments departments = new Departments();

        Run(AnalysisInput in) {
            this.in = in;
            this.asOf = in.period().asOf();
            this.parameters = in.parameters();
            this.directory = in.directory();
            this.fx = new FxTable(in.currency(), in.fxRates());
            rejections.addAll(fx.rejections());
        }

        AnalysisResult result() {
            in.billing().forEach(this::addBillingLine);
            in.licenses().forEach(this::addLicenseRow);
            HolderResolver.Resolution who = HolderResolver.resolve(in.holders(), in.roster(), asOf);
            notes.addAll(who.notes());
            who.holders().forEach(holder -> facts(holder.toolId()).holders.add(holder));
            placeHoldersByRoster();

            Map<String, Set<String>> activeByTool = new TreeMap<>();
            List<ToolSummary> summaries = new ArrayList<>();
            facts.forEach((id, f) -> summaries.add(summarise(id, f, activeByTool)));

            List<Finding> findings = new ArrayList<>();
            Map<String, Map<FindingType, BigDecimal>> savings = new TreeMap<>();
            for (ToolSummary tool : summaries) {
                toolFindings(tool).forEach(finding -> {
                    findings.add(finding);
                    savings.computeIfAbsent(finding.toolId(), k -> new EnumMap<>(FindingType.class))
                            .put(finding.type(), finding.annualSavings());
                });
            }
            List<OverlapGroup> overlaps = OverlapRule.groups(summaries, activeByTool);
            for (OverlapGroup group : overlaps) {
                for (OverlapGroup.Member member : group.members()) {
                    boolean unused = savings.getOrDefault(member.toolId(), Map.of()).containsKey(FindingType.UNUSED);
                    if (member.role() == OverlapGroup.Role.CONSOLIDATE && member.savings().signum() > 0 && !unused) {
                        ToolSummary tool = summaryOf(summaries, member.toolId());
                        findings.add(new Finding.Overlap(member.toolId(), member.savings(), group.keptToolId(),
                                group.category().id(), tool.activeUsers(), member.movers(), member.activeInBoth(),
                                member.annualCost(), member.migrationCost()));
                        savings.computeIfAbsent(member.toolId(), k -> new EnumMap<>(FindingType.class))
                                .put(FindingType.OVERLAP, member.savings());
                    }
                }
            }
            List<RenewalItem> renewals = renewals(summaries);
            renewals.forEach(r -> findings.add(new Finding.Renewal(r.toolId(), BigDecimal.ZERO, r.actBy(), r)));
            List<PriceCheck> priceChecks = priceChecks(summaries, renewals);
            for (PriceCheck check : priceChecks) {
                if (check.alert() && check.savings().signum() > 0) {
                    findings.add(new Finding.Price(check.toolId(), check.savings(), check));
                    savings.computeIfAbsent(check.toolId(), k -> new EnumMap<>(FindingType.class))
                            .put(FindingType.PRICE, check.savings());
                }
            }
            findings.sort(FINDING_ORDER);

            Map<FindingType, BigDecimal> savingsByType = new EnumMap<>(FindingType.class);
            List<ToolSummary> tools = new ArrayList<>();
            for (ToolSummary tool : summaries) {
                Map<FindingType, BigDecimal> own = savings.getOrDefault(tool.id(), Map.of());
                BigDecimal counted = Rules.countedSavings(own.get(FindingType.UNUSED), own.get(FindingType.UNDERUSED),
                        own.get(FindingType.OVERLAP), own.get(FindingType.PRICE));
                if (counted.signum() > 0) {
                    FindingType source = SAVING_TYPES.stream()
                            .filter(type -> own.containsKey(type) && own.get(type).compareTo(counted) == 0)
                            .findFirst().orElseThrow();
                    savingsByType.merge(source, counted, BigDecimal::add);
                }
                tools.add(tool.withAnnualSavings(counted));
                departments.add(facts.get(tool.id()).money, tool.spendInPeriod(), tool.annualCost(),
                        tool.licenseRows() > 0, counted);
            }

            List<UnrecognisedGroup> unrecognisedGroups = unrecognised.values().stream()
                    .map(UnrecognisedAccumulator::group)
                    .sorted(Comparator.comparing(UnrecognisedGroup::amount, Comparator.reverseOrder())
                            .thenComparing(UnrecognisedGroup::descriptor))
                    .toList();
            Totals totals = totals(tools, unrecognisedGroups, activeByTool, savingsByType);
            MonthOverMonth compared = MonthOverMonthRules.compare(in.period(), in.history(), tools, findings, totals,
                    parameters);
            DecisionRules.Outcome decided = DecisionRules.carry(in.period(), in.decisions(), findings,
                    parameters.wontDoMonths());
            notes.addAll(decided.dropped());
            Set<MonthOverMonth.Key> aside = new HashSet<>();
            decided.carried().stream().filter(CarriedDecision::setAside).forEach(c -> aside.add(c.key()));
            MonthOverMonth changes = compared.withIdentifiedOpen(
                    DecisionRules.openSavings(compared.identifiedOpen(), tools, findings, aside));
            return new AnalysisResult(in.period(), in.currency(), parameters, totals, List.copyOf(tools),
                    List.copyOf(findings), overlaps, renewals, seatsToReclaim(tools, findings),
                    unrecognisedGroups, List.copyOf(rejections), List.copyOf(notes), fx.entries(),
                    NotCounted.tally(in.period(), in.currency(), in.unread(),
                            rejections.stream().filter(FxTable::isNoRate).toList(), licensesWithoutRate),
                    priceChecks, departments.result(), changes, decided.carried());
        }

        /** Seat holders place a tool's unplaced costs in their roster department, when there is a roster. */
        private void placeHoldersByRoster() {
            Map<String, String> departmentOf = new HashMap<>();
            for (RosterEntry entry : in.roster()) {
                if (entry.department() != null && !entry.department().isBlank()) {
                    departmentOf.putIfAbsent(entry.user().trim().toLowerCase(Locale.ROOT), entry.department());
                }
            }
            facts.values().forEach(f -> f.holders.forEach(holder -> {
                String department = departmentOf.get(holder.userKey());
                if (department != null) {
                    f.money.holders.merge(departments.key(department), BigDecimal.ONE, BigDecimal::add);
                }
            }));
        }

        /**
         * Each tool renewing within the horizon, priced now against twelve periods earlier and the catalog's list
         * price (either may be unknown: the price now is shown all the same); only tools with register seats and cost.
         */
        private List<PriceCheck> priceChecks(List<ToolSummary> tools, List<RenewalItem> renewals) {
            Optional<History.Snapshot> yearBefore = in.history().at(new Period(in.period().month().minusMonths(12)));
            List<PriceCheck> checks = new ArrayList<>();
            for (ToolSummary tool : tools) {
                List<RenewalItem> own = renewals.stream().filter(r -> r.toolId().equals(tool.id())).toList();
                if (own.isEmpty() || tool.seats() == null || tool.seats() == 0 || tool.annualCost().signum() <= 0
                        || tool.costSource() != CostSource.LICENSES) {
                    continue;
                }
                BigDecimal lastYear = yearBefore.flatMap(s -> s.tool(tool.id()))
                        .map(History.ToolFigures::monthlySeatPrice).filter(p -> p.signum() > 0).orElse(null);
                Tool entry = tool.tool();
                BigDecimal list = entry.listPricePerSeatMonth() == null || entry.listPriceCurrency() == null ? null
                        : fx.convert(entry.listPricePerSeatMonth(), entry.listPriceCurrency(), asOf).orElse(null);
                checks.add(new PriceCheck(tool.id(), tool.seats(), tool.monthlySeatPrice(), lastYear, list,
                        own.stream().map(RenewalItem::renewalDate).min(Comparator.naturalOrder()).orElseThrow(),
                        own.stream().map(RenewalItem::actBy).min(Comparator.naturalOrder()).orElseThrow(),
                        parameters.priceRiseAlert()));
            }
            return List.copyOf(checks);
        }

        private void addBillingLine(BillingLine line) {
            if (!in.period().contains(line.date())) {
                return;
            }
            Optional<BigDecimal> amount = fx.convert(line.amount(), line.currency(), line.date());
            if (amount.isEmpty()) {
                rejections.add(fx.noRate(line));
                return;
            }
            if (line.tax()) {
                tax = tax.add(amount.get());
                return;
            }
            if (line.toolId() != null) {
                Facts f = facts(line.toolId());
                f.spend = f.spend.add(amount.get());
                String department = departments.key(line.department());
                if (department.isEmpty()) {
                    f.money.lineSpendUnplaced = f.money.lineSpendUnplaced.add(amount.get());
                } else {
                    f.money.lineSpend.merge(department, amount.get(), BigDecimal::add);
                }
                if (line.annual()) {
                    f.annualSpend = f.annualSpend.add(amount.get());
                }
                f.billingLines += Math.toIntExact(line.lines());
            } else {
                String key = line.descriptorKey() == null || line.descriptorKey().isBlank() ? "?" : line.descriptorKey();
                unrecognised.computeIfAbsent(key, UnrecognisedAccumulator::new).add(line, amount.get());
            }
        }

        /**
         * A license row always counts for seats and renewals; its cost only when its currency has a
         * rate (else the row is reported and its cost left out, never converted 1:1).
         */
        private void addLicenseRow(LicenseRow row) {
            Facts f = facts(row.toolId());
            f.licenseRows.add(row);
            BillingCycle cycle = row.cycle();
            if (cycle == null) {
                cycle = BillingCycle.MONTHLY;
                notes.add(DataNote.ofField(row.source(), "CYCLE", "", Message.of("note.cycleBlank")));
            }
            BigDecimal ownCost = Rules.licenseAnnualCost(row.seats(), row.pricePerSeat(), cycle, BigDecimal.ONE);
            Optional<BigDecimal> cost = fx.convert(ownCost, row.currency(), asOf);
            if (cost.isEmpty()) {
                notes.add(DataNote.ofField(row.source(), "CURRENCY", row.currency(),
                        Message.of("fx.noRateLicense", row.currency())));
                licensesWithoutRate.add(new Stake(ownCost, row.currency(), null));
            } else {
                f.rowCosts.put(row, cost.get());
                String department = departments.key(row.department());
                if (department.isEmpty()) {
                    f.money.registerCostUnplaced = f.money.registerCostUnplaced.add(cost.get());
                } else {
                    f.money.registerCost.merge(department, cost.get(), BigDecimal::add);
                }
            }
            if (row.renewalDate() != null && !row.renewalDate().isAfter(asOf)) {
                notes.add(DataNote.ofField(row.source(), "RENEWAL", row.renewalDate().toString(),
                        Message.of("note.renewalStale", asOf)));
            }
        }

        private Facts facts(String toolId) {
            return facts.computeIfAbsent(toolId, id -> new Facts());
        }

        private ToolSummary summarise(String id, Facts f, Map<String, Set<String>> activeByTool) {
            Tool tool = directory.tool(id);
            Category category = category(tool, f);
            if (directory.custom(id)) {
                SourceRef where = !f.licenseRows.isEmpty() ? f.licenseRows.get(0).source()
                        : f.holders.isEmpty() ? null : f.holders.get(0).source();
                notes.add(DataNote.ofField(where, "TOOL", tool.name(),
                        Message.of("note.notInCatalog", category.nameEn(), category.nameFr())));
            }
            int window = first(f.licenseRows, LicenseRow::inactiveAfterDays, parameters.inactiveAfterDays());
            boolean exempt = first(f.licenseRows, LicenseRow::exempt, false);
            boolean usageData = f.holders.stream().anyMatch(SeatHolder::activityKnown);

            Map<SeatState, Integer> byState = new EnumMap<>(SeatState.class);
            Set<String> active = new TreeSet<>();
            for (SeatHolder holder : f.holders) {
                SeatState state = state(holder, window);
                byState.merge(state, 1, Integer::sum);
                if (state.countsActive()) {
                    active.add(holder.userKey());
                }
            }
            if (usageData) {
                activeByTool.put(id, active);
            }
            Integer seats = f.licenseRows.isEmpty() ? null
                    : f.licenseRows.stream().mapToInt(LicenseRow::seats).sum();
            Integer activeUsers = usageData ? active.size() : null;
            boolean licensed = !f.licenseRows.isEmpty();
            BigDecimal annualCost = licensed ? f.licenseCost() : Rules.estimatedAnnualCost(f.spend, f.annualSpend);
            if (annualCost.signum() < 0) {
                notes.add(DataNote.ofField(null, "TOOL", tool.name(),
                        Message.of("note.creditsExceed", in.period().toString())));
                annualCost = BigDecimal.ZERO;
            }
            BigDecimal utilization = Rules.utilization(activeUsers, seats);
            Integer reclaimable = seats == null || activeUsers == null ? null
                    : !exempt && Rules.isUnderused(utilization, parameters.underusedBelow())
                    ? Rules.reclaimableSeats(seats, activeUsers, parameters.headroom()) : 0;
            BigDecimal perActive = activeUsers == null || activeUsers == 0 ? null
                    : annualCost.divide(BigDecimal.valueOf(activeUsers), Rules.PRECISION);
            Integer unassigned = seats == null || f.holders.isEmpty() ? null : Math.max(0, seats - f.holders.size());
            SeatCounts counts = new SeatCounts(byState.getOrDefault(SeatState.ACTIVE, 0),
                    byState.getOrDefault(SeatState.NEW, 0), byState.getOrDefault(SeatState.INACTIVE, 0),
                    byState.getOrDefault(SeatState.NEVER_ACTIVE, 0), byState.getOrDefault(SeatState.DEPARTED, 0),
                    byState.getOrDefault(SeatState.NO_ACTIVITY_DATA, 0), unassigned);
            LocalDate nextRenewal = f.licenseRows.stream().map(LicenseRow::renewalDate)
                    .filter(d -> d != null && d.isAfter(asOf)).min(Comparator.naturalOrder()).orElse(null);
            return new ToolSummary(tool, category, seats, activeUsers, utilization, f.spend, annualCost,
                    licensed ? CostSource.LICENSES : CostSource.BILLING, Rules.monthlySeatPrice(annualCost, seats),
                    perActive, usageData, reclaimable, BigDecimal.ZERO,
                    first(f.licenseRows, LicenseRow::owner, null), nextRenewal, exempt, window, counts,
                    f.licenseRows.size(), f.billingLines);
        }

        /** A Category cell naming a known category overrides the catalog; an unknown name is reported. */
        private Category category(Tool tool, Facts f) {
            Category catalogCategory = directory.category(tool.categoryId());
            for (LicenseRow row : f.licenseRows) {
                if (row.category() == null) {
                    continue;
                }
                Optional<Category> named = directory.categoryNamed(row.category());
                if (named.isPresent()) {
                    return named.get();
                }
                notes.add(DataNote.ofField(row.source(), "CATEGORY", row.category(),
                        Message.of("note.unknownCategory", catalogCategory.nameEn(), catalogCategory.nameFr())));
                return catalogCategory;
            }
            return catalogCategory;
        }

        private SeatState state(SeatHolder holder, int window) {
            if (holder.departed()) {
                return SeatState.DEPARTED;
            }
            if (Rules.isNewSeat(asOf, holder.assignedOn(), window)) {
                return SeatState.NEW;
            }
            if (holder.lastActive() != null) {
                return Rules.isActive(Rules.daysInactive(asOf, holder.lastActive()), window)
                        ? SeatState.ACTIVE : SeatState.INACTIVE;
            }
            return holder.activityKnown() ? SeatState.NEVER_ACTIVE : SeatState.NO_ACTIVITY_DATA;
        }

        private List<Finding> toolFindings(ToolSummary tool) {
            List<Finding> found = new ArrayList<>();
            boolean unused = !tool.exempt() && Rules.isUnused(tool.usageData(), tool.activeUsers(), tool.annualCost());
            if (unused) {
                found.add(new Finding.Unused(tool.id(), tool.annualCost(), tool.seatCounts().holders(), tool.seats(),
                        tool.inactiveAfterDays()));
            } else if (!tool.exempt() && tool.seats() != null && tool.seats() > 0 && tool.reclaimableSeats() != null
                    && tool.reclaimableSeats() >= 1) {
                found.add(new Finding.Underused(tool.id(),
                        Rules.underusedSavings(tool.reclaimableSeats(), tool.annualCost(), tool.seats()),
                        tool.seats(), tool.activeUsers(), tool.reclaimableSeats(),
                        Rules.recommendedSeats(tool.activeUsers(), parameters.headroom()), tool.inactiveAfterDays()));
            }
            if (Rules.isUntracked(tool.spendInPeriod(), tool.licenseRows() > 0)) {
                found.add(new Finding.Untracked(tool.id(), BigDecimal.ZERO, tool.spendInPeriod(), tool.annualCost(),
                        tool.billingLinesInPeriod()));
            }
            return found;
        }

        private List<RenewalItem> renewals(List<ToolSummary> tools) {
            List<RenewalItem> renewals = new ArrayList<>();
            for (ToolSummary tool : tools) {
                for (LicenseRow row : facts.get(tool.id()).licenseRows) {
                    LocalDate renewal = row.renewalDate();
                    if (renewal == null || !Rules.renewsWithinHorizon(renewal, asOf, parameters.renewalHorizonDays())) {
                        continue;
                    }
                    LocalDate actBy = Rules.actBy(renewal, row.noticeDays(), parameters.defaultNoticeDays());
                    long daysToAct = Rules.daysToAct(asOf, actBy);
                    Integer recommended = tool.activeUsers() == null ? null
                            : Rules.recommendedSeats(tool.activeUsers(), parameters.headroom());
                    renewals.add(new RenewalItem(tool.id(), row.plan(), renewal,
                            row.noticeDays() == null ? parameters.defaultNoticeDays() : row.noticeDays(),
                            row.noticeDays() == null, actBy, daysToAct, Rules.urgency(daysToAct), row.seats(),
                            recommended, facts.get(tool.id()).rowCosts.get(row), row.autoRenew(),
                            row.owner() != null ? row.owner() : tool.owner(), row.source()));
                }
            }
            renewals.sort(Comparator.comparing(RenewalItem::actBy).thenComparing(RenewalItem::toolId)
                    .thenComparing(RenewalItem::renewalDate));
            return renewals;
        }

        /** Inactive holders of underused tools, and departed holders of every tool. */
        private List<SeatToReclaim> seatsToReclaim(List<ToolSummary> tools, List<Finding> findings) {
            Set<String> underused = new HashSet<>();
            findings.stream().filter(f -> f.type() == FindingType.UNDERUSED).forEach(f -> underused.add(f.toolId()));
            List<SeatToReclaim> seats = new ArrayList<>();
            for (ToolSummary tool : tools) {
                for (SeatHolder holder : facts.get(tool.id()).holders) {
                    SeatState state = state(holder, tool.inactiveAfterDays());
                    boolean listed = state == SeatState.DEPARTED || (underused.contains(tool.id()) && state.reclaimable());
                    if (listed) {
                        Long days = holder.lastActive() == null ? null : Rules.daysInactive(asOf, holder.lastActive());
                        seats.add(new SeatToReclaim(tool.id(), holder.user(), state, holder.lastActive(), days,
                                holder.source()));
                    }
                }
            }
            seats.sort(Comparator.comparing(SeatToReclaim::toolId)
                    .thenComparing(s -> RECLAIM_ORDER.indexOf(s.state()))
                    .thenComparing(SeatToReclaim::daysInactive, Comparator.nullsFirst(Comparator.reverseOrder()))
                    .thenComparing(s -> s.user().toLowerCase(java.util.Locale.ROOT)));
            return List.copyOf(seats);
        }

        private Totals totals(List<ToolSummary> tools, List<UnrecognisedGroup> unrecognisedGroups,
                              Map<String, Set<String>> activeByTool, Map<FindingType, BigDecimal> savingsByType) {
            BigDecimal spend = BigDecimal.ZERO;
            BigDecimal annual = BigDecimal.ZERO;
            BigDecimal saved = BigDecimal.ZERO;
            for (ToolSummary tool : tools) {
                spend = spend.add(tool.spendInPeriod());
                annual = annual.add(tool.annualCost());
                saved = saved.add(tool.annualSavings());
            }
            BigDecimal unrecognisedTotal = unrecognisedGroups.stream().map(UnrecognisedGroup::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Set<String> activeUsers = new HashSet<>();
            activeByTool.values().forEach(activeUsers::addAll);
            return new Totals(spend, unrecognisedTotal, annual, saved, activeUsers.size(), tools.size(),
                    Map.copyOf(savingsByType), tax);
        }

        private static ToolSummary summaryOf(List<ToolSummary> tools, String id) {
            return tools.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        }

        private static <T> T first(List<LicenseRow> rows, java.util.function.Function<LicenseRow, T> getter, T fallback) {
            return rows.stream().map(getter).filter(v -> v != null).findFirst().orElse(fallback);
        }
    }

    /** Per-tool accumulation while the inputs are walked once. */
    private static final class Facts {
        BigDecimal spend = BigDecimal.ZERO;
        /** Of {@code spend}, what lines naming an annual cycle billed: a year's cost already. */
        BigDecimal annualSpend = BigDecimal.ZERO;
        int billingLines;
        final List<LicenseRow> licenseRows = new ArrayList<>();
        /** Each license row's annual cost in report currency. */
        final Map<LicenseRow, BigDecimal> rowCosts = new LinkedHashMap<>();
        final List<SeatHolder> holders = new ArrayList<>();
        /** Where its money goes, by department. */
        final Departments.ToolMoney money = new Departments.ToolMoney();

        BigDecimal licenseCost() {
            return rowCosts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private static final class UnrecognisedAccumulator {
        private final String descriptor;
        private int lines;
        private BigDecimal amount = BigDecimal.ZERO;
        private final Set<String> examples = new java.util.LinkedHashSet<>();
        private final List<String> sources = new ArrayList<>();
        private Message rule;

        UnrecognisedAccumulator(String descriptor) {
            this.descriptor = descriptor;
        }

        void add(BillingLine line, BigDecimal converted) {
            lines += Math.toIntExact(line.lines());
            amount = amount.add(converted);
            if (rule == null) {
                rule = line.matchRule();
            }
            String raw = line.descriptor() != null ? line.descriptor() : line.description();
            if (examples.size() < 3) {
                examples.add(raw);
            }
            // a line standing for several says how many more lines it sums
            sources.add(line.lines() > 1 ? line.source() + " (+" + (line.lines() - 1) + ")" : line.source().toString());
        }

        UnrecognisedGroup group() {
            return new UnrecognisedGroup(descriptor, lines, amount, List.copyOf(examples), List.copyOf(sources), rule);
        }
    }
}
