package dev.toolspend.generate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

    /** What to generate. */
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
    private BigDecimal unrecognisedSpend = BigDecimal.ZERO;

    public DatasetGenerator(Settings settings) {
        this.s = settings;
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
        int tools = ToolProfile.ALL.size();
        holders = new int[tools][];
        lastDay = new int[tools][];
        summaryDay = new int[tools][];
        seats = new int[tools];
        for (int t = 0; t < tools; t++) {
            drawHolders(t);
        }
    }

    public Result generate() throws IOException {
        Path out = s.out();
        Files.createDirectories(out.resolve("billing"));
        Files.createDirectories(out.resolve("licenses"));
        Files.createDirectories(out.resolve("usage"));
        Files.createDirectories(out.resolve(".truth"));
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
        Path expected = writeTruth(events, billingLines);
        return new Result(events, billingLines, usageRows, licenseCount, expected);
    }

    // --- the truth -------------------------------------------------------------------------------------------

    private void drawHolders(int t) {
        ToolProfile tool = ToolProfile.ALL.get(t);
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
    }

    private boolean active(int day) {
        return day != NEVER && asOf.toEpochDay() - day <= 30;
    }

    private SplittableRandom random(long stream, long a, long b) {
        long x = s.seed() * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + a * 0x94D049BB133111EBL + b;
        return new SplittableRandom(x ^ (x >>> 31));
    }

    private void addSpend(String toolId, LocalDate date, BigDecimal amount, String currency) {
        if (!YearMonth.from(date).equals(s.period())) {
            return;
        }
        BigDecimal converted = amount.multiply(rate(currency));
        if (toolId == null) {
            unrecognisedSpend = unrecognisedSpend.add(converted);
        } else {
            spend.merge(toolId, converted, BigDecimal::add);
        }
    }

    private static BigDecimal rate(String currency) {
        return currency.equals(REPORT_CURRENCY) ? BigDecimal.ONE : FX.get(currency);
    }

    // --- billing ---------------------------------------------------------------------------------------------

    private long writeBilling() throws IOException {
        long lines = 0;
        long perMonthExtra = s.extraBillingLines() / s.months();
        long extraLeft = s.extraBillingLines() % s.months();
        List<ToolProfile> tools = ToolProfile.ALL;
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
                        if (tool.descriptor() == null || 1 + t % 27 != day) {
                            continue;
                        }
                        BigDecimal amount = charge(t, month);
                        if (amount != null) {
                            line(w, date, tool.descriptor(), amount, tool.currency(), r, "Subscription " + month);
                            addSpend(tool.id(), date, amount, tool.currency());
                            lines++;
                        }
                    }
                    if (day == 18 && month.equals(s.period())) {      // a refund nets in the period
                        BigDecimal refund = new BigDecimal("-15.99");
                        line(w, date, "ZOOM.US 888-799-9666", refund, "USD", r, "Refund - 1 seat");
                        addSpend("zoom", date, refund, "USD");
                        lines++;
                    }
                    int unrecognised = day % 7 == 3 ? 1 + s.employees() / 100 : 0;
                    for (int i = 0; i < unrecognised; i++) {
                        BigDecimal amount = BigDecimal.valueOf(500 + r.nextInt(40_000), 2);
                        line(w, date, UNRECOGNISED[r.nextInt(UNRECOGNISED.length)], amount, "CAD", r, "");
                        addSpend(null, date, amount, "CAD");
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
        ToolProfile tool = ToolProfile.ALL.get(t);
        if (!tool.licensed()) {
            BigDecimal each = tool.id().equals("calendly") ? new BigDecimal("12.00") : new BigDecimal("15.00");
            return each.multiply(BigDecimal.valueOf(Math.max(1, tool.tracked() ? holders[t].length : seats[t])));
        }
        if (tool.cycle() == ToolProfile.Cycle.ANNUAL) {
            LocalDate renewal = asOf.plusDays(tool.renewalDays() == null ? 180 : tool.renewalDays());
            return renewal.getMonth() == month.getMonth() ? tool.price().multiply(BigDecimal.valueOf(seats[t])) : null;
        }
        return tool.price().multiply(BigDecimal.valueOf(seats[t]));
    }

    /** A line of the large-billing variant: per-seat add-ons bought on the card, and coffee. */
    private int extraLine(BufferedWriter w, LocalDate date, SplittableRandom r) throws IOException {
        int kind = r.nextInt(3);
        if (kind == 0) {
            line(w, date, "OPENAI *CHATGPT SUBSCR", new BigDecimal("30.00"), "USD", r, "Seat add-on");
            addSpend("chatgpt", date, new BigDecimal("30.00"), "USD");
        } else if (kind == 1) {
            line(w, date, "ZOOM.US 888-799-9666", new BigDecimal("15.99"), "USD", r, "Host add-on");
            addSpend("zoom", date, new BigDecimal("15.99"), "USD");
        } else {
            BigDecimal amount = BigDecimal.valueOf(250 + r.nextInt(1500), 2);
            line(w, date, "CAFE OLIMPICO MONTREAL", amount, "CAD", r, "");
            addSpend(null, date, amount, "CAD");
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

    private void line(BufferedWriter w, LocalDate date, String vendor, BigDecimal amount, String currency,
                      SplittableRandom r, String description) throws IOException {
        line(w, date, vendor, s.form().amount(amount), currency, r, description);
    }

    private void line(BufferedWriter w, LocalDate date, String vendor, String amount, String currency,
                      SplittableRandom r, String description) throws IOException {
        char d = s.form().delimiter;
        w.write(s.form().date(date));
        w.write(d);
        w.write(vendor);
        w.write(d);
        w.write(amount);
        w.write(d);
        w.write(currency);
        w.write(d);
        w.write(DEPARTMENTS[r.nextInt(DEPARTMENTS.length)]);
        w.write(d);
        w.write(description);
        w.write('\n');
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
            for (int t = 0; t < ToolProfile.ALL.size(); t++) {
                ToolProfile tool = ToolProfile.ALL.get(t);
                if (!tool.licensed()) {
                    continue;
                }
                boolean twoPlans = tool.id().equals("zoom") && seats[t] > 6;
                int business = twoPlans ? 5 : 0;
                next = registerRow(sheet, next, dateStyle, t, twoPlans ? "Pro" : "Standard", seats[t] - business,
                        tool.price());
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
        ToolProfile tool = ToolProfile.ALL.get(t);
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(tool.name());
        row.createCell(1).setCellValue(plan);
        row.createCell(2).setCellValue(seatCount);
        row.createCell(3).setCellValue(price.doubleValue());
        row.createCell(4).setCellValue(tool.cycle() == ToolProfile.Cycle.ANNUAL ? s.form().annual : s.form().monthly);
        row.createCell(5).setCellValue(tool.currency());
        if (tool.renewalDays() != null) {
            Cell renewal = row.createCell(6);
            renewal.setCellValue(asOf.plusDays(tool.renewalDays()));
            renewal.setCellStyle(dateStyle);
        }
        if (tool.noticeDays() != null) {
            row.createCell(7).setCellValue(tool.noticeDays());
        }
        row.createCell(8).setCellValue("Finance");
        row.createCell(9).setCellValue(DEPARTMENTS[t % DEPARTMENTS.length]);
        row.createCell(13).setCellValue(tool.cycle() == ToolProfile.Cycle.ANNUAL ? s.form().yes : s.form().no);
        int multiplier = tool.cycle() == ToolProfile.Cycle.ANNUAL ? 1 : 12;
        annualCost.merge(tool.id(), price.multiply(BigDecimal.valueOf((long) seatCount * multiplier))
                .multiply(rate(tool.currency())), BigDecimal::add);
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
            for (int t = 0; t < ToolProfile.ALL.size(); t++) {
                ToolProfile tool = ToolProfile.ALL.get(t);
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
        for (int t = 0; t < ToolProfile.ALL.size(); t++) {
            if (ToolProfile.ALL.get(t).usage() == ToolProfile.Usage.EVENTS) {
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
        byte[][] appBytes = new byte[ToolProfile.ALL.size()][];
        for (int t = 0; t < appBytes.length; t++) {
            appBytes[t] = ToolProfile.ALL.get(t).name().getBytes(StandardCharsets.UTF_8);
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

    /** What the generator knows of one tool at the as-of date. */
    private record Known(ToolProfile tool, Integer seats, Set<Integer> active, BigDecimal cost, BigDecimal spend) {
        Integer activeUsers() {
            return active == null ? null : active.size();
        }
    }

    private Path writeTruth(long events, long billingLines) throws IOException {
        Path truth = s.out().resolve(".truth");
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"period\": \"").append(s.period()).append("\",\n  \"asOf\": \"").append(asOf)
                .append("\",\n  \"currency\": \"").append(REPORT_CURRENCY).append("\",\n  \"employees\": ")
                .append(s.employees()).append(",\n  \"events\": ").append(events).append(",\n  \"billingLines\": ")
                .append(billingLines).append(",\n  \"tools\": [");
        Map<String, Known> known = new TreeMap<>();
        for (int t = 0; t < ToolProfile.ALL.size(); t++) {
            ToolProfile tool = ToolProfile.ALL.get(t);
            BigDecimal toolSpend = spend.getOrDefault(tool.id(), BigDecimal.ZERO);
            Set<Integer> active = null;
            if (tool.tracked()) {
                active = new TreeSet<>();
                for (int i = 0; i < holders[t].length; i++) {
                    if (!departed[holders[t][i]] && active(lastDay[t][i])) {
                        active.add(holders[t][i]);
                    }
                }
            }
            BigDecimal cost = tool.licensed() ? annualCost.get(tool.id())
                    : toolSpend.multiply(BigDecimal.valueOf(12)).max(BigDecimal.ZERO);
            known.put(tool.id(), new Known(tool, seatsById.get(tool.id()), active, cost, toolSpend));
        }
        Map<String, BigDecimal> overlap = overlapSavings(known);
        BigDecimal totalSpend = BigDecimal.ZERO;
        BigDecimal totalSavings = BigDecimal.ZERO;
        Set<Integer> activeAnywhere = new TreeSet<>();
        List<String> toolJson = new ArrayList<>();
        for (Known k : known.values()) {
            ToolProfile tool = k.tool();
            totalSpend = totalSpend.add(k.spend());
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
                underused = BigDecimal.valueOf(reclaimable).multiply(k.cost())
                        .divide(BigDecimal.valueOf(seatCount), MathContext.DECIMAL128);
            }
            boolean unused = activeUsers != null && activeUsers == 0 && k.cost().signum() > 0;
            // unused wins; otherwise the tool counts once, with the largest of its savings
            BigDecimal savings = unused ? k.cost() : underused.max(overlap.getOrDefault(tool.id(), BigDecimal.ZERO));
            totalSavings = totalSavings.add(savings);
            toolJson.add("\n    {\"id\": \"" + tool.id() + "\", \"categoryLabel\": \"" + ToolProfile.CATEGORY.get(tool.id())
                    + "\", \"seats\": " + seatCount + ", \"activeUsers\": " + activeUsers + ", \"utilization\": "
                    + (utilization == null ? null : utilization.toPlainString())
                    + ", \"spendInPeriod\": " + cents(k.spend()) + ", \"annualCost\": " + cents(k.cost())
                    + ", \"annualCostSource\": \"" + (tool.licensed() ? "licenses" : "billing") + "\", \"usageData\": "
                    + tool.tracked() + ", \"reclaimableSeats\": " + reclaimable + ", \"annualSavings\": "
                    + cents(savings) + "}");
        }
        json.append(String.join(",", toolJson)).append("\n  ],\n  \"totals\": {\"spendInPeriod\": ")
                .append(cents(totalSpend)).append(", \"unrecognisedSpend\": ").append(cents(unrecognisedSpend))
                .append(", \"activeUsers\": ").append(activeAnywhere.size()).append(", \"tools\": ")
                .append(ToolProfile.ALL.size()).append(", \"identifiedAnnualSavings\": ").append(cents(totalSavings))
                .append("}\n}\n");
        Path expected = truth.resolve("expected.json");
        Files.writeString(expected, json.toString());

        StringBuilder names = new StringBuilder("kind,name,tool_id\n");
        for (ToolProfile tool : ToolProfile.ALL) {
            if (tool.descriptor() != null) {
                names.append("billing,").append(tool.descriptor()).append(',').append(tool.id()).append('\n');
            }
            names.append("usage,").append(tool.name()).append(',').append(tool.id()).append('\n');
        }
        Files.writeString(truth.resolve("names.csv"), names.toString());
        StringBuilder register = new StringBuilder("tool_id,seats,price,cycle,currency\n");
        licenseRows.forEach(row -> register.append(String.join(",", row)).append('\n'));
        Files.writeString(truth.resolve("licenses.csv"), register.toString());
        StringBuilder rates = new StringBuilder("currency,rate\n").append(REPORT_CURRENCY).append(",1\n");
        FX.forEach((currency, rate) -> rates.append(currency).append(',').append(rate.toPlainString()).append('\n'));
        Files.writeString(truth.resolve("fx.csv"), rates);
        Files.writeString(truth.resolve("README.md"), """
                What the generator knows, outside the input folder's reach (the job skips hidden folders):
                - expected.json: the per-tool figures the job must find for the period;
                - names.csv: every name each tool goes by (billing descriptors, register and usage names);
                - licenses.csv: the license register as CSV; fx.csv: the rates, the report currency included.
                """);
        return expected;
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

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
