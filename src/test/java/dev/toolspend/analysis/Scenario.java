package dev.toolspend.analysis;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;
import dev.toolspend.model.RosterEntry;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small, readable set of inputs for analysis tests: period 2026-10, report currency CAD. */
public final class Scenario {

    public static final Period PERIOD = Period.parse("2026-10");
    public static final LocalDate AS_OF = PERIOD.asOf();

    public static final Catalog CATALOG = Catalog.of("""
            id,name_en,name_fr,overlap,focus_category
            video,Video conferencing,Visioconférence,yes,
            chat,Team chat,Messagerie d'équipe,yes,
            design,Design,Design,no,
            uncategorised,Uncategorised,Non classé,no,
            """, """
            id,name,vendor,category,aliases,domain,list_price_per_seat_month,list_price_currency,list_price_year
            zoom,Zoom,Zoom,video,zoom,,,,
            meet,Google Meet,Google,video,google meet,,,,
            webex,Webex,Cisco,video,webex,,,,
            slack,Slack,Salesforce,chat,slack,,,,
            figma,Figma,Figma,design,figma,,,,
            miro,Miro,Miro,design,miro,,20.00,USD,2026
            """, "vendor,aliases\n");

    private final List<FxRate> fx = new ArrayList<>();
    private final List<BillingLine> billing = new ArrayList<>();
    private final List<LicenseRow> licenses = new ArrayList<>();
    private final List<SeatHolder> holders = new ArrayList<>();
    private final List<RosterEntry> roster = new ArrayList<>();
    private Parameters parameters = Parameters.defaults();
    private Period period = PERIOD;
    private History history = History.NONE;
    private final List<dev.toolspend.model.Decision> decisions = new ArrayList<>();
    private int line = 1;

    /** A decision read from a workbook: {@code UNDERUSED:slack}, its status and comment, the period decided in. */
    public Scenario decision(String findingId, dev.toolspend.model.DecisionStatus status, String comment,
                             String decidedIn) {
        String[] parts = findingId.split(":", 2);
        decisions.add(new dev.toolspend.model.Decision(parts[0], parts[1], status, comment, Period.parse(decidedIn),
                new SourceRef("toolspend-" + decidedIn + ".xlsx", "Actions", decisions.size() + 2L)));
        return this;
    }

    /** Another period than 2026-10: seats' days ago count from its last day. */
    public Scenario period(String value) {
        period = Period.parse(value);
        return this;
    }

    /** What the runs of earlier periods kept. */
    public Scenario history(History value) {
        history = value;
        return this;
    }

    public Scenario fx(String currency, String rate) {
        fx.add(new FxRate(ref("fx.csv"), currency, new BigDecimal(rate)));
        return this;
    }

    public Scenario charge(String toolId, String date, String amount, String currency) {
        billing.add(new BillingLine(ref("billing.csv"), LocalDate.parse(date), toolId == null ? "ACME" : toolId.toUpperCase(Locale.ROOT),
                null, new BigDecimal(amount), currency, null, toolId, toolId == null ? "acme" : toolId, ChargeKind.SPEND, null,
                Message.of("match.toolName")));
        return this;
    }

    /** A charge whose text names an annual cycle (a yearly invoice). */
    public Scenario annualCharge(String toolId, String date, String amount, String currency) {
        charge(toolId, date, amount, currency);
        billing.add(billing.remove(billing.size() - 1).withAnnual(true));
        return this;
    }

    /** A tax line (FOCUS Tax, sales tax of a bill) on a tool's invoice. */
    public Scenario tax(String toolId, String date, String amount, String currency) {
        billing.add(new BillingLine(ref("billing.csv"), LocalDate.parse(date), toolId.toUpperCase(Locale.ROOT), "Sales tax",
                new BigDecimal(amount), currency, null, toolId, toolId, ChargeKind.TAX));
        return this;
    }

    /** A charge of a department. */
    public Scenario chargeOf(String department, String toolId, String date, String amount) {
        charge(toolId, date, amount, "CAD");
        BillingLine l = billing.remove(billing.size() - 1);
        billing.add(new BillingLine(l.source(), l.date(), l.descriptor(), l.description(), l.amount(), l.currency(),
                department, l.toolId(), l.descriptorKey(), l.kind(), l.provider(), l.matchRule()));
        return this;
    }

    /** A monthly license row of a department, in CAD, renewing on {@code renewal} (or never, when null). */
    public Scenario licenseOf(String department, String toolId, int seats, String price, String renewal) {
        return license(new LicenseRow(ref("licenses.xlsx"), toolId, toolId, null, seats, new BigDecimal(price),
                BillingCycle.MONTHLY, "CAD", renewal == null ? null : LocalDate.parse(renewal), null, "Ops", department,
                null, null, null, null));
    }

    /** A person of the HR roster in a department. */
    public Scenario employee(String user, String department) {
        roster.add(new RosterEntry(ref("roster.csv"), user, null, null, department, null));
        return this;
    }

    /** A person of the HR roster: {@code left} as its status says (null: no status), with an end date or null. */
    public Scenario rosterEntry(String user, Boolean left, String endDate) {
        roster.add(new RosterEntry(ref("roster.csv"), user, left, endDate == null ? null : LocalDate.parse(endDate),
                null, null));
        return this;
    }

    /** A seat holder as a source reported it, the key being the user in lower case (a login or an e-mail). */
    public Scenario seatOf(String toolId, String user, Integer daysAgo) {
        holders.add(new SeatHolder(toolId, toolId, user.toLowerCase(java.util.Locale.ROOT), user,
                daysAgo == null ? null : period.asOf().minusDays(daysAgo), true, false, null, ref("usage.csv")));
        return this;
    }

    public Scenario license(String toolId, int seats, String price, BillingCycle cycle, String currency) {
        return license(new LicenseRow(ref("licenses.xlsx"), toolId, toolId, null, seats, new BigDecimal(price), cycle,
                currency, null, null, "Ops", null, null, null, null, null));
    }

    public Scenario license(LicenseRow row) {
        licenses.add(row);
        return this;
    }

    /** A seat holder last active {@code daysAgo} days before the as-of date (null: never active). */
    public Scenario seat(String toolId, String user, Integer daysAgo) {
        holders.add(new SeatHolder(toolId, toolId, user, user, daysAgo == null ? null : period.asOf().minusDays(daysAgo), true,
                false, null, ref("usage.csv")));
        return this;
    }

    public Scenario departed(String toolId, String user, int daysAgo) {
        holders.add(new SeatHolder(toolId, toolId, user, user, period.asOf().minusDays(daysAgo), true, true, null,
                ref("usage.csv")));
        return this;
    }

    /** {@code count} holders of a tool, all active yesterday, named {@code prefix1..n}. */
    public Scenario activeSeats(String toolId, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            seat(toolId, prefix + i + "@co.ca", 1);
        }
        return this;
    }

    public Scenario inactiveSeats(String toolId, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            seat(toolId, prefix + i + "@co.ca", 90);
        }
        return this;
    }

    /** A charge no catalog tool matches, grouped under its own descriptor. */
    public Scenario unrecognised(String descriptor, String date, String amount) {
        billing.add(new BillingLine(ref("billing.csv"), LocalDate.parse(date), descriptor, null, new BigDecimal(amount),
                "CAD", null, null, descriptor, ChargeKind.SPEND, null, Message.of("match.noAlias")));
        return this;
    }

    public Scenario parameters(Parameters value) {
        parameters = value;
        return this;
    }

    public AnalysisResult analyse() {
        Map<String, String> customNames = new java.util.TreeMap<>();
        licenses.stream().filter(r -> CATALOG.tool(r.toolId()).isEmpty())
                .forEach(r -> customNames.putIfAbsent(r.toolId(), r.toolName()));
        return new Analyzer().analyse(new AnalysisInput(period, "CAD", parameters, fx, billing, licenses, holders,
                CATALOG.directory(customNames), roster, null, history, decisions));
    }

    private SourceRef ref(String file) {
        return SourceRef.csv(file, ++line);
    }
}
