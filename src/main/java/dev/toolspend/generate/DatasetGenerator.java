package dev.toolspend.generate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a company's input folder at any scale, in the canonical forms: card statements
 * ({@code date,vendor,amount,currency,department,description}, one file per month), the license register
 * (.xlsx, the English headers), a usage summary ({@code user,tool,last_active,status}), one event log per
 * month ({@code timestamp,user,app}, UTC timestamps) and {@code fx-rates.csv}.
 * <p>
 * The generator decides the truth first — who holds which seat, each holder's last activity, every charge
 * — and then writes inputs that say exactly that, so it also writes the figures the job must find
 * ({@code .truth/expected.json}, with the names each tool goes by and the register as CSV for other
 * tools; the job never reads a hidden folder). The same settings and seed give the same bytes.
 * <p>
 * Streaming: events are written user-day by user-day as they are drawn; memory grows with employees ×
 * tools, never with the number of events.
 */
public final class DatasetGenerator {

    /**
     * What to generate.
     *
     * @param form  how the files are written (the figures do not depend on it)
     * @param messy whether the period's card statement also holds what real exports do: a charge without an amount,
     *              one in a currency the FX file has no rate for, a blank line and a total row; none of them counts
     */
    public record Settings(Path out, int employees, int months, int eventsPerUserDay, long seed, YearMonth period,
                           long extraBillingLines, ExportForm form, boolean messy) {
        public Settings {
            if (employees < 1 || months < 1 || eventsPerUserDay < 1 || extraBillingLines < 0) {
                throw new IllegalArgumentException("employees, months and events per user-day must be at least 1");
            }
            form = form == null ? ExportForm.ENGLISH : form;
        }

        /** English canonical forms, every row usable. */
        public Settings(Path out, int employees, int months, int eventsPerUserDay, long seed, YearMonth period,
                        long extraBillingLines) {
            this(out, employees, months, eventsPerUserDay, seed, period, extraBillingLines, ExportForm.ENGLISH, false);
        }
    }

    /** What was written. */
    public record Result(long events, long billingLines, long usageRows, long licenseRows, Path expected) {
    }

    static final String DOMAIN = "northwind-conseil.example";
    static final String REPORT_CURRENCY = "CAD";
    /** The rates the FX file gives, in its order: units of the report currency (CAD) per unit. */
    static final Map<String, BigDecimal> FX = fxRates();
    static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final int NEVER = Integer.MIN_VALUE;
    private static final String[] FIRST = {"alex", "amelie", "antoine", "beatrice", "camille", "charles", "chloe",
            "david", "elodie", "emma", "etienne", "felix", "gabriel", "hugo", "isabelle", "jade", "julien", "karim",
            "laurence", "leo", "lea", "louis", "maxime", "mia", "nadia", "nathan", "noah", "olivia", "philippe",
            "raphael", "rose", "samuel", "sarah", "simon", "sophie", "thomas", "victor", "william", "yasmine", "zoe"};
    private static final String[] LAST = {"tremblay", "gagnon", "roy", "cote", "bouchard", "gauthier", "morin",
            "lavoie", "fortin", "gagne", "ouellet", "pelletier", "belanger", "levesque", "bergeron", "leblanc",
            "paquette", "girard", "simard", "boucher", "caron", "beaulieu", "cloutier", "dube", "poirier", "fournier",
            "lapointe", "leclerc", "lefebvre", "poulin", "thibault", "smith", "chen", "nguyen", "patel", "martin",
            "kowalski", "benali", "ross", "wilson"};
    private static final String[] DEPARTMENTS = {"Direction", "Technologie", "Ventes", "Finance", "Design", "Service client"};
    private static final String[] UNRECOGNISED = {"CAFE OLIMPICO MONTREAL", "HOTEL LE GERMAIN QUEBEC",
            "STM OPUS RECHARGE", "BUREAU EN GROS #1123", "RESTAURANT LA BANQUISE", "VIA RAIL CANADA",
            "PARKING INDIGO 4412", "FLEURISTE MARCHE JEAN-TALON"};

    private static Map<String, BigDecimal> fxRates() {
        Map<String, BigDecimal> rates = new java.util.LinkedHashMap<>();
        rates.put("USD", new BigDecimal("1.38"));
        rates.put("EUR", new BigDecimal("1.51"));
        return java.util.Collections.unmodifiableMap(rates);
    }

    private final Settings s;
    /** What has happened by this month of a generated year; null for a single folder. */
    private final MonthPlan plan;
    /** The company's tools, by index: every profile, those arriving during a year included (absent ones hold nothing). */
    private final List<ToolProfile> tools;
    private final LocalDate asOf;
    private final LocalDate windowStart;
    private final String[] users;
    private final boolean[] departed;
    /** Per tool: the holders (user indexes, ascending), their last activity and the summary's date (epoch days). */
    private final int[][] holders;
    private final int[][] lastDay;
    private final int[][] summaryDay;
    private final int[] seats;
    private final Map<String, BigDecimal> spend = new TreeMap<>();
    private final Map<String, BigDecimal> annualCost = new TreeMap<>();
    private final Map<String, Integer> seatsById = new TreeMap<>();
    private final List<String[]> licenseRows = new ArrayList<>();
    private final List<RegisterRow> registerRows = new ArrayList<>();
    /** Per tool, its card lines' spend in the period (report currency) by department, "" for a line without one. */
    private final Map<String, Map<String, BigDecimal>> lineSpend = new TreeMap<>();
    private MonthTruth monthTruth;
    private BigDecimal unrecognisedSpend = BigDecimal.ZERO;

    public DatasetGenerator(Settings settings) {
        this(settings, null);
    }

    DatasetGenerator(Settings settings, MonthPlan plan) {
        this.s = settings;
        this.plan = plan;
        List<ToolProfile> all = new ArrayList<>(ToolProfile.ALL);
        if (plan != null) {
            all.addAll(ToolProfile.ARRIVING);
        }
        this.tools = List.copyOf(all);
        this.asOf = settings.period().atEndOfMonth();
        this.windowStart = settings.period().minusMonths(settings.months() - 1L).atDay(1);
        int n = settings.employees();
        users = new String[n];
        departed = new boolean[n];
        for (int u = 0; u < n; u++) {
            int block = u / (FIRST.length * LAST.length);
            users[u] = FIRST[u % FIRST.length] + "." + LAST[(u / FIRST.length) % LAST.length] + (block == 0 ? "" : block)
                    + "@" + DOMAIN;
            departed[u] = random(1, u, 0).nextDouble() < 0.03;
        }
        int count = tools.size();
        holders = new int[count][];
        lastDay = new int[count][];
        summaryDay = new int[count][];
        seats = new int[count];
        for (int t = 0; t < count; t++) {
            drawHolders(t);
        }
    }

    private boolean present(int t) {
        return plan == null || plan.present(tools.get(t).id());
    }

    public Result generate() throws IOException {
        Path out = s.out();
        Files.createDirectories(out.resolve("billing"));
        Files.createDirectories(out.resolve("licenses"));
        Files.createDirectories(out.resolve("usage"));
        StringBuilder rates = new StringBuilder(s.form().fxHeader).append('\n');
        FX.forEach((currency, rate) -> rates.append(currency).append(s.form().delimiter).append(s.form().amount(rate))
                .append('\n'));
        Files.writeString(out.resolve("fx-rates.csv"), rates, s.form().charset);
        long billingLines = writeBilling();
        long licenseCount = writeRegister();
        long usageRows = writeUsageSummary();
        long events = 0;
        for (YearMonth month = YearMonth.from(windowStart); !month.isAfter(s.period()); month = month.plusMonths(1)) {
            events += writeEvents(month);
        }
        monthTruth = truth(events, billingLines);
        Path expected = plan == null ? writeTruth(monthTruth) : null;
        return new Result(events, billingLines, usageRows, licenseCount, expected);
    }

    /** The figures the job must find for the period, once {@link #generate()} has written the folder. */
    MonthTruth monthTruth() {
        return monthTruth;
    }

    // --- the truth -------------------------------------------------------------------------------------------

    private void drawHolders(int t) {
        ToolProfile tool = tools.get(t);
        if (!present(t)) {
            holders[t] = new int[0];
            lastDay[t] = new int[0];
            summaryDay[t] = new int[0];
            return;
        }
        if (!tool.tracked()) {
            holders[t] = new int[0];
            lastDay[t] = new int[0];
            summaryDay[t] = new int[0];
            seats[t] = tool.fixedSeats() != null ? tool.fixedSeats()
                    : Math.max(1, (int) Math.round(tool.adoption() * s.employees()));
            return;
        }
        int[] held = new int[s.employees()];
        int[] last = new int[s.employees()];
        int[] summary = new int[s.employees()];
        int count = 0;
        long asOfDay = asOf.toEpochDay();
        for (int u = 0; u < s.employees(); u++) {
            SplittableRandom r = random(2, u, t);
            if (r.nextDouble() >= tool.adoption()) {
                continue;
            }
            int day;
            double p = r.nextDouble();
            if (departed[u]) {
                day = p < 0.2 ? NEVER : (int) (asOfDay - 20 - r.nextInt(130));
            } else if (p < tool.activeShare()) {
                day = (int) (asOfDay - r.nextInt(31));                      // 0..30 days inactive: active
            } else if (p < tool.activeShare() + (1 - tool.activeShare()) * 0.15) {
                day = NEVER;
            } else {
                day = (int) (asOfDay - 31 - r.nextInt(210));                // 31..240 days: inactive
            }
            int shown = day;
            if (tool.usage() == ToolProfile.Usage.EVENTS && day != NEVER && day >= windowStart.toEpochDay()) {
                // the summary export is older than the event log: an earlier date, or none yet
                shown = r.nextDouble() < 0.3 ? NEVER : day - 1 - r.nextInt(25);
            }
            held[count] = u;
            last[count] = day;
            summary[count] = shown;
            count++;
        }
        holders[t] = Arrays.copyOf(held, count);
        lastDay[t] = Arrays.copyOf(last, count);
        summaryDay[t] = Arrays.copyOf(summary, count);
        seats[t] = count + (int) Math.round(count * 0.08) + 1;
        double reclaimed = plan == null ? 0 : plan.reclaimed(tool.id());
        if (reclaimed > 0) {
            int active = 0;
            for (int i = 0; i < count; i++) {
                if (!departed[held[i]] && active(last[i])) {
                    active++;
                }
            }
            int keep = BigDecimal.valueOf(active).multiply(new BigDecimal("1.10")).setScale(0, RoundingMode.CEILING)
                    .intValueExact();
            int reclaimable = active * 10L < seats[t] * 8L ? Math.max(0, seats[t] - keep) : 0;
            seats[t] -= reclaimed >= 1 || reclaimable < 2 ? reclaimable : (int) (reclaimable * reclaimed);
        }
    }

    private boolean active(int day) {
        return day != NEVER && asOf.toEpochDay() - day <= 30;
    }

    private SplittableRandom random(long stream, long a, long b) {
        long x = s.seed() * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + a * 0x94D049BB133111EBL + b;
        return new SplittableRandom(x ^ (x >>> 31));
    }

    private void addSpend(String toolId, LocalDate date, BigDecimal amount, String currency, String department) {
        if (!YearMonth.from(date).equals(s.period())) {
            return;
        }
        BigDecimal converted = amount.multiply(rate(currency));
        if (toolId == null) {
            unrecognisedSpend = unrecognisedSpend.add(converted);
        } else {
            spend.merge(toolId, converted, BigDecimal::add);
            lineSpend.computeIfAbsent(toolId, k -> new TreeMap<>()).merge(department, converted, BigDecimal::add);
        }
    }

    /** The renewal date the register gives a tool renewing {@code days} after the as-of date (a year: fixed dates). */
    private LocalDate renewal(int days) {
        return plan == null ? asOf.plusDays(days) : plan.renewal(days, asOf);
    }

    /** A tool's price per seat per cycle this month. */
    private BigDecimal price(ToolProfile tool) {
        return plan == null ? tool.price() : plan.price(tool, asOf);
    }

    private static BigDecimal rate(String currency) {
        return currency.equals(REPORT_CURRENCY) ? BigDecimal.ONE : FX.get(currency);
    }

    // --- billing ---------------------------------------------------------------------------------------------

    private long writeBilling() throws IOException {
        long lines = 0;
        long perMonthExtra = s.extraBillingLines() / s.months();
        long extraLeft = s.extraBillingLines() % s.months();
        for (YearMonth month = YearMonth.from(windowStart); !month.isAfter(s.period()); month = month.plusMonths(1)) {
            Path file = s.out().resolve("billing/card-statement-" + month + ".csv");
            long extra = perMonthExtra + (month.equals(s.period()) ? extraLeft : 0);
            try (BufferedWriter w = Files.newBufferedWriter(file, s.form().charset)) {
                w.write(s.form().billingHeader + "\n");
                SplittableRandom r = random(3, month.getYear(), month.getMonthValue());
                for (int day = 1; day <= month.lengthOfMonth(); day++) {
                    LocalDate date = month.atDay(day);
                    for (int t = 0; t < tools.size(); t++) {
                        ToolProfile tool = tools.get(t);
                        if (tool.descriptor() == null || 1 + t % 27 != day || !present(t)) {
                            continue;
                        }
                        BigDecimal amount = charge(t, month);
                        if (amount != null) {
                            String department = line(w, date, tool.descriptor(), amount, tool.currency(), r,
                                    "Subscription " + month);
                            addSpend(tool.id(), date, amount, tool.currency(), department);
                            lines++;
                        }
                    }
                    if (day == 18 && month.equals(s.period())) {      // a refund nets in the period
                        BigDecimal refund = new BigDecimal("-15.99");
                        String department = line(w, date, "ZOOM.US 888-799-9666", refund, "USD", r,
                                "Refund - 1 seat");
                        addSpend("zoom", date, refund, "USD", department);
                        lines++;
                    }
                    int unrecognised = day % 7 == 3 ? 1 + s.employees() / 100 : 0;
                    for (int i = 0; i < unrecognised; i++) {
                        BigDecimal amount = BigDecimal.valueOf(500 + r.nextInt(40_000), 2);
                        line(w, date, UNRECOGNISED[r.nextInt(UNRECOGNISED.length)], amount, "CAD", r, "");
                        addSpend(null, date, amount, "CAD", "");
                        lines++;
                    }
                    long today = extra / month.lengthOfMonth() + (day <= extra % month.lengthOfMonth() ? 1 : 0);
                    for (long i = 0; i < today; i++) {
                        lines += extraLine(w, date, r);
                    }
                    if (s.messy() && day == 20 && month.equals(s.period())) {
                        messyLines(w, date, r);
                    }
                }
                if (s.messy() && month.equals(s.period())) {
                    char d = s.form().delimiter;
                    w.write("\n" + s.form().total + d + d + s.form().amount(new BigDecimal("99999.99")) + d + d + d + "\n");
                }
            }
        }
        return lines;
    }

    /** A month's charge of a tool, or null when it bills nothing that month. */
    private BigDecimal charge(int t, YearMonth month) {
        ToolProfile tool = tools.get(t);
        if (!tool.licensed()) {
            BigDecimal each = tool.id().equals("calendly") ? new BigDecimal("12.00") : new BigDecimal("15.00");
            return each.multiply(BigDecimal.valueOf(Math.max(1, tool.tracked() ? holders[t].length : seats[t])));
        }
        if (tool.cycle() == ToolProfile.Cycle.ANNUAL) {
            LocalDate renewal = renewal(tool.renewalDays() == null ? 180 : tool.renewalDays());
            return renewal.getMonth() == month.getMonth() ? price(tool).multiply(BigDecimal.valueOf(seats[t])) : null;
        }
        return price(tool).multiply(BigDecimal.valueOf(seats[t]));
    }

    /** A line of the large-billing variant: per-seat add-ons bought on the card, and coffee. */
    private int extraLine(BufferedWriter w, LocalDate date, SplittableRandom r) throws IOException {
        int kind = r.nextInt(3);
        if (kind == 0) {
            String department = line(w, date, "OPENAI *CHATGPT SUBSCR", new BigDecimal("30.00"), "USD", r,
                    "Seat add-on");
            addSpend("chatgpt", date, new BigDecimal("30.00"), "USD", department);
        } else if (kind == 1) {
            String department = line(w, date, "ZOOM.US 888-799-9666", new BigDecimal("15.99"), "USD", r, "Host add-on");
            addSpend("zoom", date, new BigDecimal("15.99"), "USD", department);
        } else {
            BigDecimal amount = BigDecimal.valueOf(250 + r.nextInt(1500), 2);
            line(w, date, "CAFE OLIMPICO MONTREAL", amount, "CAD", r, "");
            addSpend(null, date, amount, "CAD", "");
        }
        return 1;
    }

    /**
     * What a real statement holds besides charges, none of which counts: a pending charge without an amount (a
     * rejected row) and a charge in pounds, which the FX file has no rate for (a line not counted).
     */
    private void messyLines(BufferedWriter w, LocalDate date, SplittableRandom r) throws IOException {
        line(w, date, "CAFE OLIMPICO MONTREAL", s.form().noAmount, "CAD", r, "Pending");
        line(w, date, "FONTSMITH LTD", s.form().amount(new BigDecimal("89.00")), "GBP", r, "Display typeface licence");
    }

    /** Writes a card line; its department ("" when the line has none). */
    private String line(BufferedWriter w, LocalDate date, String vendor, BigDecimal amount, String currency,
                        SplittableRandom r, String description) throws IOException {
        return line(w, date, vendor, s.form().amount(amount), currency, r, description);
    }

    private String line(BufferedWriter w, LocalDate date, String vendor, String amount, String currency,
                        SplittableRandom r, String description) throws IOException {
        String department;
        if (plan == null) {
            department = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
        } else {                                         // a year's statements leave about one line in seven blank
            int pick = r.nextInt(DEPARTMENTS.length + 1);
            department = pick == DEPARTMENTS.length ? "" : DEPARTMENTS[pick];
        }
        char d = s.form().delimiter;
        w.write(s.form().date(date));
        w.write(d);
        w.write(vendor);
        w.write(d);
        w.write(amount);
        w.write(d);
        w.write(currency);
        w.write(d);
        w.write(department);
        w.write(d);
        w.write(description);
        w.write('\n');
        return department;
    }

    // --- license register ------------------------------------------------------------------------------------

    private long writeRegister() throws IOException {
        List<String> header = s.form().registerHeader();
        long rows = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(s.form().registerSheet);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            int next = 1;
            for (int t = 0; t < tools.size(); t++) {
                ToolProfile tool = tools.get(t);
                if (!tool.licensed() || !present(t)) {
                    continue;
                }
                boolean twoPlans = tool.id().equals("zoom") && seats[t] > 6;
                int business = twoPlans ? 5 : 0;
                next = registerRow(sheet, next, dateStyle, t, twoPlans ? "Pro" : "Standard", seats[t] - business,
                        price(tool));
                rows++;
                if (twoPlans) {
                    next = registerRow(sheet, next, dateStyle, t, "Business", business, new BigDecimal("21.99"));
                    rows++;
                }
            }
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            try (OutputStream out = Files.newOutputStream(s.out().resolve("licenses/license-register.xlsx"))) {
                workbook.write(out);
            }
        }
        return rows;
    }

    private int registerRow(Sheet sheet, int index, CellStyle dateStyle, int t, String plan, int seatCount,
                            BigDecimal price) {
        ToolProfile tool = tools.get(t);
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(tool.name());
        row.createCell(1).setCellValue(plan);
        row.createCell(2).setCellValue(seatCount);
        row.createCell(3).setCellValue(price.doubleValue());
        row.createCell(4).setCellValue(tool.cycle() == ToolProfile.Cycle.ANNUAL ? s.form().annual : s.form().monthly);
        row.createCell(5).setCellValue(tool.currency());
        LocalDate renewalDate = tool.renewalDays() == null ? null : renewal(tool.renewalDays());
        if (renewalDate != null) {
            Cell renewal = row.createCell(6);
            renewal.setCellValue(renewalDate);
            renewal.setCellStyle(dateStyle);
        }
        if (tool.noticeDays() != null) {
            row.createCell(7).setCellValue(tool.noticeDays());
        }
        row.createCell(8).setCellValue("Finance");
        String department = plan != null && MonthPlan.BLANK_REGISTER_DEPARTMENT.contains(tool.id()) ? ""
                : DEPARTMENTS[t % DEPARTMENTS.length];
        if (!department.isEmpty()) {
            row.createCell(9).setCellValue(department);
        }
        row.createCell(13).setCellValue(tool.cycle() == ToolProfile.Cycle.ANNUAL ? s.form().yes : s.form().no);
        int multiplier = tool.cycle() == ToolProfile.Cycle.ANNUAL ? 1 : 12;
        BigDecimal rowCost = price.multiply(BigDecimal.valueOf((long) seatCount * multiplier)).multiply(rate(tool.currency()));
        annualCost.merge(tool.id(), rowCost, BigDecimal::add);
        registerRows.add(new RegisterRow(tool.id(), department, seatCount, rowCost, renewalDate));
        seatsById.merge(tool.id(), seatCount, Integer::sum);
        licenseRows.add(new String[]{tool.id(), String.valueOf(seatCount), price.toPlainString(),
                tool.cycle().name(), tool.currency()});
        return index + 1;
    }

    // --- usage -----------------------------------------------------------------------------------------------

    private long writeUsageSummary() throws IOException {
        long rows = 0;
        ExportForm form = s.form();
        try (BufferedWriter w = Files.newBufferedWriter(s.out().resolve("usage/usage-summary.csv"), form.charset)) {
            w.write(form.usageHeader + "\n");
            for (int t = 0; t < tools.size(); t++) {
                ToolProfile tool = tools.get(t);
                for (int i = 0; i < holders[t].length; i++) {
                    int u = holders[t][i];
                    String user = users[u];
                    if ((u + t) % 53 == 0) {            // an admin console that capitalises: users compare case-insensitively
                        user = Character.toUpperCase(user.charAt(0)) + user.substring(1);
                    }
                    w.write(user);
                    w.write(form.delimiter);
                    w.write(tool.name());
                    w.write(form.delimiter);
                    if (summaryDay[t][i] != NEVER) {
                        w.write(form.date(LocalDate.ofEpochDay(summaryDay[t][i])));
                    }
                    w.write(form.delimiter);
                    w.write(departed[u] ? (u % 2 == 0 ? form.deactivated : form.suspended) : form.active);
                    w.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    /**
     * One month's event log. Each user's day: K events on average over the event-tracked tools they still
     * use that day; the day of a holder's last activity always has one event of that tool.
     */
    private long writeEvents(YearMonth month) throws IOException {
        List<Integer> eventTools = new ArrayList<>();
        for (int t = 0; t < tools.size(); t++) {
            if (tools.get(t).usage() == ToolProfile.Usage.EVENTS) {
                eventTools.add(t);
            }
        }
        // per user: the event-tracked tools they hold and their last day (employees × tools, not events)
        int[][] userTools = new int[s.employees()][];
        int[][] userLast = new int[s.employees()][];
        int[] counts = new int[s.employees()];
        for (int t : eventTools) {
            for (int u : holders[t]) {
                counts[u]++;
            }
        }
        for (int u = 0; u < s.employees(); u++) {
            userTools[u] = new int[counts[u]];
            userLast[u] = new int[counts[u]];
            counts[u] = 0;
        }
        for (int t : eventTools) {
            for (int i = 0; i < holders[t].length; i++) {
                int u = holders[t][i];
                userTools[u][counts[u]] = t;
                userLast[u][counts[u]++] = lastDay[t][i];
            }
        }
        byte[][] userBytes = new byte[s.employees()][];
        for (int u = 0; u < s.employees(); u++) {
            userBytes[u] = users[u].getBytes(StandardCharsets.UTF_8);
        }
        byte[][] appBytes = new byte[tools.size()][];
        for (int t = 0; t < appBytes.length; t++) {
            appBytes[t] = tools.get(t).name().getBytes(StandardCharsets.UTF_8);
        }
        long events = 0;
        Path file = s.out().resolve("usage/events-" + month + ".csv");
        int k = s.eventsPerUserDay();
        int[] seconds = new int[2 * k + eventTools.size()];
        int[] tools = new int[seconds.length];
        Map<Long, byte[]> utcDates = new HashMap<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write((s.form().eventHeader + "\n").getBytes(s.form().charset));
            byte delimiter = (byte) s.form().delimiter;
            byte[] line = new byte[512];
            for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
                int day = (int) date.toEpochDay();
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                long offset = ZONE.getRules().getOffset(LocalDateTime.of(date, java.time.LocalTime.NOON)).getTotalSeconds();
                for (int u = 0; u < s.employees(); u++) {
                    int n = 0;
                    int open = 0;
                    for (int i = 0; i < userTools[u].length; i++) {
                        if (userLast[u][i] != NEVER && userLast[u][i] >= day) {
                            open++;
                            if (userLast[u][i] == day) {
                                tools[n++] = userTools[u][i];        // the last day of a tool always shows it
                            }
                        }
                    }
                    if (open == 0) {
                        continue;
                    }
                    SplittableRandom r = random(4, u, day);
                    if (n == 0 && r.nextDouble() >= (weekend ? 0.08 : 0.92)) {
                        continue;
                    }
                    int total = Math.max(n, 1 + r.nextInt(2 * k - 1));
                    while (n < total) {
                        int pick = r.nextInt(open);
                        for (int i = 0; i < userTools[u].length; i++) {
                            if (userLast[u][i] != NEVER && userLast[u][i] >= day && pick-- == 0) {
                                tools[n++] = userTools[u][i];
                                break;
                            }
                        }
                    }
                    for (int i = 0; i < total; i++) {
                        seconds[i] = 8 * 3600 + r.nextInt(10 * 3600);
                    }
                    Arrays.sort(seconds, 0, total);
                    for (int i = total - 1; i > 0; i--) {          // the required tools at random times
                        int j = r.nextInt(i + 1);
                        int swap = tools[i];
                        tools[i] = tools[j];
                        tools[j] = swap;
                    }
                    for (int i = 0; i < total; i++) {
                        long utc = (long) day * 86_400 + seconds[i] - offset;
                        long utcDay = Math.floorDiv(utc, 86_400);
                        int sod = Math.floorMod(utc, 86_400);
                        byte[] dateBytes = utcDates.computeIfAbsent(utcDay,
                                d -> LocalDate.ofEpochDay(d).toString().getBytes(StandardCharsets.US_ASCII));
                        int p = 0;
                        System.arraycopy(dateBytes, 0, line, p, dateBytes.length);
                        p += dateBytes.length;
                        line[p++] = 'T';
                        p = two(line, p, sod / 3600);
                        line[p++] = ':';
                        p = two(line, p, sod / 60 % 60);
                        line[p++] = ':';
                        p = two(line, p, sod % 60);
                        line[p++] = 'Z';
                        line[p++] = delimiter;
                        System.arraycopy(userBytes[u], 0, line, p, userBytes[u].length);
                        p += userBytes[u].length;
                        line[p++] = delimiter;
                        byte[] app = appBytes[tools[i]];
                        System.arraycopy(app, 0, line, p, app.length);
                        p += app.length;
                        line[p++] = '\n';
                        out.write(line, 0, p);
                    }
                    events += total;
                }
            }
        }
        return events;
    }

    private static int two(byte[] line, int p, int value) {
        line[p] = (byte) ('0' + value / 10);
        line[p + 1] = (byte) ('0' + value % 10);
        return p + 2;
    }

    // --- what the job must find --------------------------------------------------------------------------------

    /** What the generator knows of one tool at the as-of date; {@code active} null when no usage data shows it. */
    private record Known(ToolProfile tool, Integer seats, Set<Integer> active, BigDecimal cost, BigDecimal spend,
                         boolean licensed) {
        Integer activeUsers() {
            return active == null ? null : active.size();
        }
    }

    /** One row the register was written with: its department ("" blank), seats, annual cost (CAD) and renewal. */
    record RegisterRow(String toolId, String department, int seats, BigDecimal annualCost, LocalDate renewal) {
    }

    /** A finding the job must make: its type, tool, annual savings and, for an underused tool, the seats asked. */
    record Found(String type, String toolId, BigDecimal savings, Integer reclaimable) {
    }

    /** A tool's figures, what the next months compare with. */
    record ToolFacts(String id, Integer seats, BigDecimal annualCost, BigDecimal spend, int registerRows) {

        /** Annual cost / seats / 12, when the tool has seats and costs something; else null. */
        BigDecimal monthlySeatPrice() {
            return seats == null || seats == 0 || annualCost.signum() <= 0 ? null
                    : annualCost.divide(BigDecimal.valueOf(seats), MathContext.DECIMAL128)
                    .divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
        }
    }

    /** A month's truth: the JSON (tools, totals, departments, price checks) and the facts the next months need. */
    record MonthTruth(YearMonth period, ObjectNode json, Map<String, ToolFacts> tools, List<Found> findings,
                      ArrayNode priceChecks) {
    }

    static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal PRICE_ALERT = new BigDecimal("0.05");
    private static final int RENEWAL_HORIZON_DAYS = 90;
    private static final String UNASSIGNED = "";

    private MonthTruth truth(long events, long billingLines) {
        ObjectNode json = JSON.createObjectNode();
        json.put("period", s.period().toString());
        json.put("asOf", asOf.toString());
        json.put("currency", REPORT_CURRENCY);
        json.put("employees", s.employees());
        json.put("events", events);
        json.put("billingLines", billingLines);
        Map<String, Known> known = new TreeMap<>();
        for (int t = 0; t < tools.size(); t++) {
            if (!present(t)) {
                continue;
            }
            ToolProfile tool = tools.get(t);
            BigDecimal toolSpend = spend.getOrDefault(tool.id(), BigDecimal.ZERO);
            Set<Integer> active = null;
            if (tool.tracked() && holders[t].length > 0) {        // no holder: no usage data for the job
                active = new TreeSet<>();
                for (int i = 0; i < holders[t].length; i++) {
                    if (!departed[holders[t][i]] && active(lastDay[t][i])) {
                        active.add(holders[t][i]);
                    }
                }
            }
            BigDecimal cost = tool.licensed() ? annualCost.get(tool.id())
                    : toolSpend.multiply(TWELVE).max(BigDecimal.ZERO);
            known.put(tool.id(), new Known(tool, seatsById.get(tool.id()), active, cost, toolSpend, tool.licensed()));
        }
        Map<String, BigDecimal> overlap = overlapSavings(known);
        ArrayNode priceChecks = JSON.createArrayNode();
        Map<String, BigDecimal> priceSavings = priceChecks(known, priceChecks);
        BigDecimal totalSpend = BigDecimal.ZERO;
        BigDecimal totalCost = BigDecimal.ZERO;
        BigDecimal totalSavings = BigDecimal.ZERO;
        Set<Integer> activeAnywhere = new TreeSet<>();
        ArrayNode toolJson = json.putArray("tools");
        List<Found> findings = new ArrayList<>();
        Map<String, ToolFacts> facts = new TreeMap<>();
        Map<String, BigDecimal> counted = new TreeMap<>();
        for (Known k : known.values()) {
            ToolProfile tool = k.tool();
            totalSpend = totalSpend.add(k.spend());
            totalCost = totalCost.add(k.cost());
            if (k.active() != null) {
                activeAnywhere.addAll(k.active());
            }
            Integer seatCount = k.seats();
            Integer activeUsers = k.activeUsers();
            BigDecimal utilization = seatCount == null || activeUsers == null || seatCount == 0 ? null
                    : BigDecimal.valueOf(activeUsers).divide(BigDecimal.valueOf(seatCount), 4, RoundingMode.HALF_UP);
            Integer reclaimable = null;
            BigDecimal underused = BigDecimal.ZERO;
            if (seatCount != null && activeUsers != null) {
                boolean under = seatCount > 0 && activeUsers * 10L < seatCount * 8L;
                long keep = BigDecimal.valueOf(activeUsers).multiply(new BigDecimal("1.10"))
                        .setScale(0, RoundingMode.CEILING).longValueExact();
                reclaimable = under ? (int) Math.max(0, seatCount - keep) : 0;
                // reclaimable seats × monthly seat price × 12 = reclaimable × annual cost / seats
                underused = seatCount == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(reclaimable).multiply(k.cost())
                        .divide(BigDecimal.valueOf(seatCount), MathContext.DECIMAL128);
            }
            boolean unused = activeUsers != null && activeUsers == 0 && k.cost().signum() > 0;
            BigDecimal overlapSaved = unused ? BigDecimal.ZERO : overlap.getOrDefault(tool.id(), BigDecimal.ZERO);
            BigDecimal priceSaved = priceSavings.get(tool.id());
            if (unused) {
                findings.add(new Found("UNUSED", tool.id(), k.cost(), null));
            } else if (seatCount != null && seatCount > 0 && reclaimable != null && reclaimable >= 1) {
                findings.add(new Found("UNDERUSED", tool.id(), underused, reclaimable));
            }
            if (overlapSaved.signum() > 0) {
                findings.add(new Found("OVERLAP", tool.id(), overlapSaved, null));
            }
            if (priceSaved != null) {
                findings.add(new Found("PRICE", tool.id(), priceSaved, null));
            }
            if (!k.licensed() && k.spend().signum() > 0) {
                findings.add(new Found("UNTRACKED", tool.id(), BigDecimal.ZERO, null));
            }
            // each tool counts once, with the largest of its savings (unused: its annual cost, the largest)
            BigDecimal savings = (unused ? k.cost() : underused.max(overlapSaved))
                    .max(priceSaved == null ? BigDecimal.ZERO : priceSaved);
            counted.put(tool.id(), savings);
            totalSavings = totalSavings.add(savings);
            int rows = (int) registerRows.stream().filter(r -> r.toolId().equals(tool.id())).count();
            facts.put(tool.id(), new ToolFacts(tool.id(), seatCount, k.cost(), k.spend(), rows));
            ObjectNode node = toolJson.addObject();
            node.put("id", tool.id());
            node.put("categoryLabel", ToolProfile.CATEGORY.get(tool.id()));
            node.put("seats", seatCount);
            node.put("activeUsers", activeUsers);
            node.put("utilization", utilization);
            node.put("spendInPeriod", cents(k.spend()));
            node.put("annualCost", cents(k.cost()));
            node.put("annualCostSource", k.licensed() ? "licenses" : "billing");
            node.put("usageData", activeUsers != null);
            node.put("reclaimableSeats", reclaimable);
            node.put("annualSavings", cents(savings));
        }
        registerRows.stream().filter(r -> r.renewal() != null && r.renewal().isAfter(asOf)
                        && !r.renewal().isAfter(asOf.plusDays(RENEWAL_HORIZON_DAYS)))
                .map(RegisterRow::toolId).distinct()
                .forEach(id -> findings.add(new Found("RENEWAL", id, BigDecimal.ZERO, null)));
        findings.sort(Comparator.comparing(Found::savings, Comparator.reverseOrder()).thenComparing(Found::type)
                .thenComparing(Found::toolId));
        ObjectNode totals = json.putObject("totals");
        totals.put("spendInPeriod", cents(totalSpend));
        totals.put("unrecognisedSpend", cents(unrecognisedSpend));
        totals.put("annualCost", cents(totalCost));
        totals.put("activeUsers", activeAnywhere.size());
        totals.put("tools", known.size());
        totals.put("identifiedAnnualSavings", cents(totalSavings));
        json.set("departments", departments(known, counted));
        return new MonthTruth(s.period(), json, facts, List.copyOf(findings), priceChecks);
    }

    /**
     * The price check of each tool renewing within the horizon with seats and a cost: its monthly seat price against
     * last year's (twelve months earlier, when generated) and the catalog's list price in CAD; writes each check and
     * gives the savings of those that alert (a price above a reference by more than 5 %): (now − the lower
     * reference) × seats × 12.
     */
    private Map<String, BigDecimal> priceChecks(Map<String, Known> known, ArrayNode out) {
        Map<String, BigDecimal> savings = new TreeMap<>();
        Set<String> renewing = new TreeSet<>();
        registerRows.stream().filter(r -> r.renewal() != null && r.renewal().isAfter(asOf)
                && !r.renewal().isAfter(asOf.plusDays(RENEWAL_HORIZON_DAYS))).forEach(r -> renewing.add(r.toolId()));
        for (String id : renewing) {
            Known k = known.get(id);
            if (k.seats() == null || k.seats() == 0 || k.cost().signum() <= 0) {
                continue;
            }
            int seatCount = k.seats();
            BigDecimal now = k.cost().divide(BigDecimal.valueOf(seatCount), MathContext.DECIMAL128)
                    .divide(TWELVE, MathContext.DECIMAL128);
            BigDecimal lastYear = plan == null ? null : plan.lastYearPrices().get(id);
            BigDecimal list = ListPrices.monthlyInReportCurrency(id);
            BigDecimal target = lastYear == null ? list : list == null ? lastYear : lastYear.min(list);
            boolean alert = rise(now, lastYear).compareTo(PRICE_ALERT) > 0 || rise(now, list).compareTo(PRICE_ALERT) > 0;
            ObjectNode check = out.addObject();
            check.put("toolId", id);
            check.put("seats", seatCount);
            check.put("monthlySeatPrice", cents(now));
            reference(check, "lastYear", now, lastYear, seatCount);
            reference(check, "list", now, list, seatCount);
            check.put("targetMonthlySeatPrice", target == null ? null : cents(target));
            check.put("alert", alert);
            if (alert) {
                savings.put(id, now.subtract(target).multiply(BigDecimal.valueOf(seatCount)).multiply(TWELVE)
                        .max(BigDecimal.ZERO));
            }
        }
        return savings;
    }

    /** (now − reference) / reference; 0 without a reference. */
    private static BigDecimal rise(BigDecimal now, BigDecimal reference) {
        return reference == null || reference.signum() <= 0 ? BigDecimal.ZERO
                : now.subtract(reference).divide(reference, MathContext.DECIMAL128);
    }

    private static void reference(ObjectNode check, String name, BigDecimal now, BigDecimal reference, int seatCount) {
        boolean known = reference != null && reference.signum() > 0;
        check.put(name + "MonthlySeatPrice", reference == null ? null : cents(reference));
        check.put(name + "Percent", known ? rise(now, reference).setScale(4, RoundingMode.HALF_UP) : null);
        check.put(name + "PerYear", reference == null ? null
                : cents(now.subtract(reference).multiply(BigDecimal.valueOf(seatCount)).multiply(TWELVE)));
    }

    /**
     * Chargeback by department: a register row's cost goes to its department, a blank one's like the tool's card
     * lines' spend; spend to the register rows' departments (by their cost) when they name one, else to each card
     * line's; a tool without register rows has its estimated cost split like its spend; savings like the annual
     * cost. What nothing places is unassigned (null): the generated company has no HR roster.
     */
    private ArrayNode departments(Map<String, Known> known, Map<String, BigDecimal> counted) {
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        for (Known k : known.values()) {
            String id = k.tool().id();
            Map<String, BigDecimal> registerCost = new TreeMap<>();
            BigDecimal registerUnplaced = BigDecimal.ZERO;
            for (RegisterRow row : registerRows) {
                if (!row.toolId().equals(id)) {
                    continue;
                }
                if (row.department().isEmpty()) {
                    registerUnplaced = registerUnplaced.add(row.annualCost());
                } else {
                    registerCost.merge(row.department(), row.annualCost(), BigDecimal::add);
                }
            }
            Map<String, BigDecimal> lines = lineSpend.getOrDefault(id, Map.of());
            Map<String, BigDecimal> unassigned = Map.of(UNASSIGNED, BigDecimal.ONE);
            Map<String, BigDecimal> spendShares = positive(registerCost) ? allocate(k.spend(), registerCost)
                    : new TreeMap<>(lines);
            Map<String, BigDecimal> costShares = new TreeMap<>();
            if (k.licensed()) {
                costShares.putAll(registerCost);
                Map<String, BigDecimal> placedLines = new TreeMap<>(lines);
                placedLines.remove(UNASSIGNED);
                allocate(registerUnplaced, positive(placedLines) ? placedLines : unassigned)
                        .forEach((d, v) -> costShares.merge(d, v, BigDecimal::add));
            } else {
                costShares.putAll(allocate(k.cost(), positive(spendShares) ? spendShares : unassigned));
            }
            Map<String, BigDecimal> savingShares = allocate(counted.get(id),
                    positive(costShares) ? costShares : positive(spendShares) ? spendShares : unassigned);
            spendShares.forEach((d, v) -> department(totals, d)[0] = department(totals, d)[0].add(v));
            costShares.forEach((d, v) -> department(totals, d)[1] = department(totals, d)[1].add(v));
            savingShares.forEach((d, v) -> department(totals, d)[2] = department(totals, d)[2].add(v));
        }
        ArrayNode out = JSON.createArrayNode();
        totals.forEach((department, figures) -> {
            if (figures[0].signum() == 0 && figures[1].signum() == 0 && figures[2].signum() == 0) {
                return;
            }
            ObjectNode node = out.addObject();
            node.put("department", department.isEmpty() ? null : department);
            node.put("spendInPeriod", cents(figures[0]));
            node.put("annualCost", cents(figures[1]));
            node.put("identifiedAnnualSavings", cents(figures[2]));
        });
        return out;
    }

    private static BigDecimal[] department(Map<String, BigDecimal[]> totals, String department) {
        return totals.computeIfAbsent(department, d -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
    }

    private static boolean positive(Map<String, BigDecimal> weights) {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0;
    }

    /** An amount split by weights, the last share taking what the others leave (the shares sum to the amount). */
    private static Map<String, BigDecimal> allocate(BigDecimal amount, Map<String, BigDecimal> weights) {
        Map<String, BigDecimal> shares = new TreeMap<>();
        if (amount.signum() == 0 || weights.isEmpty()) {
            return shares;
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> keys = new ArrayList<>(weights.keySet());
        BigDecimal left = amount;
        for (int i = 0; i < keys.size() - 1; i++) {
            BigDecimal share = amount.multiply(weights.get(keys.get(i))).divide(total, MathContext.DECIMAL128);
            shares.put(keys.get(i), share);
            left = left.subtract(share);
        }
        shares.put(keys.get(keys.size() - 1), left);
        return shares;
    }

    /** Writes a single folder's truth: expected.json, the names, the register and the rates beside it. */
    private Path writeTruth(MonthTruth month) throws IOException {
        Path truth = s.out().resolve(".truth");
        Files.createDirectories(truth);
        Path expected = truth.resolve("expected.json");
        Files.writeString(expected, JSON.writeValueAsString(month.json()) + "\n");
        writeNames(truth);
        StringBuilder register = new StringBuilder("tool_id,seats,price,cycle,currency\n");
        licenseRows.forEach(row -> register.append(String.join(",", row)).append('\n'));
        Files.writeString(truth.resolve("licenses.csv"), register.toString());
        Files.writeString(truth.resolve("README.md"), """
                What the generator knows, outside the input folder's reach (the job skips hidden folders):
                - expected.json: the per-tool figures the job must find for the period, its totals and departments;
                - names.csv: every name each tool goes by (billing descriptors, register and usage names);
                - licenses.csv: the license register as CSV; fx.csv: the rates, the report currency included.
                """);
        return expected;
    }

    /** names.csv (every name each tool goes by) and fx.csv (the rates, the report currency's included). */
    static void writeNames(Path truth) throws IOException {
        StringBuilder names = new StringBuilder("kind,name,tool_id\n");
        List<ToolProfile> every = new ArrayList<>(ToolProfile.ALL);
        every.addAll(ToolProfile.ARRIVING);
        for (ToolProfile tool : every) {
            if (tool.descriptor() != null) {
                names.append("billing,").append(tool.descriptor()).append(',').append(tool.id()).append('\n');
            }
            names.append("usage,").append(tool.name()).append(',').append(tool.id()).append('\n');
        }
        Files.writeString(truth.resolve("names.csv"), names.toString());
        StringBuilder rates = new StringBuilder("currency,rate\n").append(REPORT_CURRENCY).append(",1\n");
        FX.forEach((currency, rate) -> rates.append(currency).append(',').append(rate.toPlainString()).append('\n'));
        Files.writeString(truth.resolve("fx.csv"), rates);
    }

    /** The register as CSV, for tools that read the truth. */
    String registerCsv() {
        StringBuilder register = new StringBuilder("tool_id,seats,price,cycle,currency,department,renewal\n");
        for (int i = 0; i < licenseRows.size(); i++) {
            RegisterRow row = registerRows.get(i);
            register.append(String.join(",", licenseRows.get(i))).append(',').append(row.department()).append(',')
                    .append(row.renewal() == null ? "" : row.renewal().toString()).append('\n');
        }
        return register.toString();
    }

    /**
     * PRODUCT.md's overlap rule, computed from what the generator knows: in a category where overlap is
     * meaningful and at least two tools cost money, the tool with usage data and the most active users is kept
     * (ties: the lower monthly seat price, a free tool's being 0, then the name); each other tool with usage data
     * that costs money saves its annual cost less moving its users active there and not in the kept tool, at the
     * kept tool's seat price. Tools without usage data are never kept nor consolidated.
     */
    private static Map<String, BigDecimal> overlapSavings(Map<String, Known> known) {
        Map<String, List<Known>> byCategory = new TreeMap<>();
        known.values().forEach(k -> byCategory.computeIfAbsent(ToolProfile.CATEGORY.get(k.tool().id()),
                c -> new ArrayList<>()).add(k));
        Map<String, BigDecimal> savings = new TreeMap<>();
        for (Map.Entry<String, List<Known>> category : byCategory.entrySet()) {
            List<Known> members = category.getValue();
            if (!ToolProfile.OVERLAP_MEANINGFUL.contains(category.getKey())
                    || members.stream().filter(k -> k.cost().signum() > 0).count() < 2) {
                continue;
            }
            Known kept = members.stream().filter(k -> k.active() != null)
                    .min(Comparator.comparing((Known k) -> -k.active().size()).thenComparing(DatasetGenerator::seatPrice)
                            .thenComparing(k -> k.tool().name()))
                    .orElse(null);
            if (kept == null) {
                continue;
            }
            for (Known other : members) {
                if (other.tool().id().equals(kept.tool().id()) || other.active() == null || other.cost().signum() <= 0) {
                    continue;
                }
                long movers = other.active().stream().filter(u -> !kept.active().contains(u)).count();
                BigDecimal migration = seatPrice(kept).multiply(BigDecimal.valueOf(12 * movers));
                BigDecimal saved = other.cost().subtract(migration);
                if (saved.signum() > 0) {
                    savings.put(other.tool().id(), saved);
                }
            }
        }
        return savings;
    }

    /** Annual cost / seats / 12; 0 for a tool that costs nothing or has no seats in the register. */
    private static BigDecimal seatPrice(Known k) {
        return k.seats() == null || k.seats() == 0 ? BigDecimal.ZERO
                : k.cost().divide(BigDecimal.valueOf(k.seats() * 12L), MathContext.DECIMAL128);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
