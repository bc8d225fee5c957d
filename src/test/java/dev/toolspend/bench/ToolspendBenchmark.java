package dev.toolspend.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * toolspend against DuckDB on the same generated files, in the same run (docs/performance.md). For each
 * dataset: generates it once ({@code toolspend generate}), then, three times each, a {@code cat} of the
 * input files (the floor), the whole job started by {@code run.sh} as a user starts it (wall, CPU, peak RSS
 * under /usr/bin/time; the job's own time and the input fingerprint before it from its log; peak heap from
 * its GC log) and DuckDB computing the same per-tool figures
 * with SQL in this JVM (load + compute). Both results are compared tool by tool (and with the generator's
 * truth): any disagreement makes the exit status 1. Prints a Markdown table, also written to
 * {@code --work}/results.md.
 * <p>
 * Not a test: run it with {@code bench/benchmark.sh} (the {@code benchmark} Maven profile brings DuckDB).
 */
public final class ToolspendBenchmark {

    /** A dataset: generator settings. */
    record Dataset(String name, int employees, int months, int eventsPerUserDay, long billingLines) {
        List<String> generateArgs(Path dir) {
            return List.of("generate", "--out", dir.toString(), "--employees", String.valueOf(employees), "--months",
                    String.valueOf(months), "--events-per-user-day", String.valueOf(eventsPerUserDay),
                    "--billing-lines", String.valueOf(billingLines), "--seed", "1", "--period", PERIOD.toString(),
                    "--layout", "one-folder");
        }
    }

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final Map<String, Dataset> DATASETS = new LinkedHashMap<>();

    static {
        for (Dataset d : List.of(
                new Dataset("sme", 150, 3, 20, 0),
                new Dataset("enterprise", 10_000, 1, 95, 0),
                new Dataset("enterprise-billing", 10_000, 1, 95, 200_000),
                new Dataset("enterprise-2x", 10_000, 1, 190, 0),
                new Dataset("enterprise-4x", 10_000, 1, 380, 0))) {
            DATASETS.put(d.name(), d);
        }
    }

    /** One measured run of the job. */
    record JobRun(double wall, double cpu, double rssMb, double heapMb, double job, double fingerprint,
                  Map<String, double[]> kinds) {
    }

    /** One measured run of DuckDB. */
    record DuckRun(double seconds, double cpu, double rssMb, Map<String, Figures> figures) {
    }

    /** The per-tool figures both compute. */
    record Figures(Integer seats, Integer activeUsers, BigDecimal spendInPeriod, Integer reclaimableSeats) {
    }

    private final Path runSh;
    private final Path work;
    private final int runs;
    private final String xmx;
    private final List<String> jvm;
    private final List<String> problems = new ArrayList<>();
    private final StringBuilder table = new StringBuilder();
    private final StringBuilder rates = new StringBuilder();

    ToolspendBenchmark(Path runSh, Path work, int runs, String xmx, List<String> jvm) {
        this.runSh = runSh;
        this.work = work;
        this.runs = runs;
        this.xmx = xmx;
        this.jvm = jvm;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path runSh = Path.of(options.getOrDefault("--run-sh", "run.sh")).toAbsolutePath();
        Path work = Path.of(options.getOrDefault("--work", "/tmp/toolspend-bench")).toAbsolutePath();
        int runs = Integer.parseInt(options.getOrDefault("--runs", "3"));
        String xmx = options.getOrDefault("--xmx", "512m");
        // what run.sh gives the JVM by default
        List<String> jvm = Arrays.stream(options.getOrDefault("--jvm", "-XX:+UseParallelGC").split(" "))
                .filter(flag -> !flag.isBlank()).toList();
        List<String> names = Arrays.asList(options.getOrDefault("--datasets",
                "sme,enterprise,enterprise-billing,enterprise-2x,enterprise-4x").split(","));
        ToolspendBenchmark bench = new ToolspendBenchmark(runSh, work, runs, xmx, jvm);
        System.exit(bench.run(names));
    }

    int run(List<String> names) throws Exception {
        Files.createDirectories(work);
        Class.forName("org.duckdb.DuckDBDriver");
        // DuckDB's native library is loaded once per process, as toolspend's JVM starts once: not measured
        try (Connection warm = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = warm.createStatement()) {
            sql.execute("SELECT 1");
        }
        table.append("| dataset | inputs | toolspend job (s) | input fingerprint before the job (s) "
                + "| toolspend wall, JVM incl. (s) | toolspend CPU (s) "
                + "| peak RSS (MB) | peak heap (MB) | DuckDB load+compute (s) | DuckDB CPU (s) | DuckDB peak RSS (MB) "
                + "| job / DuckDB | (fingerprint + job) / DuckDB | cat floor (s) |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        rates.append("| dataset | event rows/s | usage summary rows/s | billing lines/s |\n| --- | ---: | ---: | ---: |\n");
        for (String name : names) {
            Dataset dataset = Objects.requireNonNull(DATASETS.get(name.trim()), "unknown dataset " + name);
            measure(dataset);
        }
        String report = "Runs per dataset: " + runs + "; cells: median (min–max). JVM: java -Xmx" + xmx + " "
                + String.join(" ", jvm) + " (JAVA_OPTS of run.sh); " + Runtime.getRuntime().availableProcessors() + " cores; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; " + LocalDate.now(java.time.ZoneId.systemDefault())
                + "\n\n" + table + "\nRows per second per input kind (rows of the kind / seconds the job spent "
                + "reading them, median):\n\n" + rates;
        System.out.println();
        System.out.println(report);
        Files.writeString(work.resolve("results.md"), report);
        if (!problems.isEmpty()) {
            System.out.println("DISAGREEMENTS (" + problems.size() + "):");
            problems.forEach(p -> System.out.println("  " + p));
            return 1;
        }
        System.out.println("toolspend, DuckDB and the generator agree on every figure of every dataset.");
        return 0;
    }

    private void measure(Dataset dataset) throws Exception {
        Path dir = work.resolve(dataset.name());
        Path marker = work.resolve(dataset.name() + ".settings");
        String settings = String.join(" ", dataset.generateArgs(dir));
        if (!Files.exists(marker) || !Files.readString(marker).equals(settings)) {
            deleteTree(dir);
            System.out.println("generating " + dataset.name() + "...");
            List<String> command = new ArrayList<>(List.of(runSh.toString()));
            command.addAll(dataset.generateArgs(dir));
            exec(command, Map.of("JAVA_OPTS", "-Xmx256m"), work.resolve(dataset.name() + "-generate.log"));
            Files.writeString(marker, settings);
        }
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(dir)) {
            inputs = files.filter(Files::isRegularFile).filter(p -> !dir.relativize(p).toString().startsWith("."))
                    .sorted().toList();
        }
        long bytes = 0;
        for (Path p : inputs) {
            bytes += Files.size(p);
        }
        JsonNode truth = JsonMapper.shared().readTree(dir.resolve(".truth/expected.json").toFile());
        String inputText = String.format(Locale.ROOT, "%,d events, %,d billing lines, %.0f MB",
                truth.get("events").asLong(), truth.get("billingLines").asLong(), bytes / 1e6);

        List<Double> floor = new ArrayList<>();
        List<JobRun> jobs = new ArrayList<>();
        List<DuckRun> ducks = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            floor.add(cat(inputs));
            JobRun job = job(dataset, dir, r);
            jobs.add(job);
            DuckRun duck = duck(dir);
            ducks.add(duck);
            System.out.printf(Locale.ROOT, "%s run %d: job %.2f s after a %.2f s fingerprint (wall %.2f s, RSS %.0f MB, "
                            + "heap %.0f MB), DuckDB %.2f s, cat %.2f s%n", dataset.name(), r, job.job(), job.fingerprint(),
                    job.wall(), job.rssMb(),
                    job.heapMb(), duck.seconds(), floor.get(floor.size() - 1));
            compare(dataset.name() + " run " + r, dir, truth, duck.figures());
        }
        List<Double> ratios = new ArrayList<>();
        List<Double> ratiosWithFingerprint = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ratios.add(jobs.get(i).job() / ducks.get(i).seconds());
            ratiosWithFingerprint.add((jobs.get(i).fingerprint() + jobs.get(i).job()) / ducks.get(i).seconds());
        }
        table.append("| ").append(dataset.name()).append(" | ").append(inputText).append(" | ")
                .append(cell(jobs.stream().map(JobRun::job).toList(), 2)).append(" | ")
                .append(cell(jobs.stream().map(JobRun::fingerprint).toList(), 2)).append(" | ")
                .append(cell(jobs.stream().map(JobRun::wall).toList(), 2)).append(" | ")
                .append(cell(jobs.stream().map(JobRun::cpu).toList(), 1)).append(" | ")
                .append(cell(jobs.stream().map(JobRun::rssMb).toList(), 0)).append(" | ")
                .append(cell(jobs.stream().map(JobRun::heapMb).toList(), 0)).append(" | ")
                .append(cell(ducks.stream().map(DuckRun::seconds).toList(), 2)).append(" | ")
                .append(cell(ducks.stream().map(DuckRun::cpu).toList(), 1)).append(" | ")
                .append(cell(ducks.stream().map(DuckRun::rssMb).toList(), 0)).append(" | ")
                .append(cell(ratios, 2)).append(" | ")
                .append(cell(ratiosWithFingerprint, 2)).append(" | ")
                .append(cell(floor, 2)).append(" |\n");
        rates.append("| ").append(dataset.name());
        for (String kind : List.of("events", "summary", "billing")) {
            List<Double> perSecond = new ArrayList<>();
            for (JobRun job : jobs) {
                double[] rowsAndSeconds = job.kinds().getOrDefault(kind, new double[2]);
                if (rowsAndSeconds[1] > 0) {
                    perSecond.add(rowsAndSeconds[0] / rowsAndSeconds[1]);
                }
            }
            rates.append(" | ").append(perSecond.isEmpty() ? "–"
                    : String.format(Locale.ROOT, "%,.0f", median(perSecond)));
        }
        rates.append(" |\n");
    }

    // --- the floor: reading the same bytes and nothing else ---------------------------------------------------

    private double cat(List<Path> inputs) throws Exception {
        List<String> command = new ArrayList<>(List.of("cat"));
        inputs.forEach(p -> command.add(p.toString()));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cat failed");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    // --- toolspend ----------------------------------------------------------------------------------------------

    private static final Pattern TIME = Pattern.compile("BENCH-TIME ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)");
    private static final Pattern COMPLETED = Pattern.compile("status: \\[COMPLETED] in ((?:\\d+h)?(?:\\d+m(?!s))?(?:\\d+s)?(?:\\d+ms)?)");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M");
    private static final Pattern FINGERPRINT = Pattern.compile("Input fingerprint: \\d+ files in (\\d+) ms");
    private static final Pattern TABLE = Pattern.compile("^\\s+\\S.*?\\s(\\S+\\.csv)\\s+([\\d,]+) rows? read: .*\\s([\\d.]+) s$");

    private JobRun job(Dataset dataset, Path dir, int run) throws Exception {
        Path runDir = work.resolve(dataset.name() + "-run");
        deleteTree(runDir);
        Files.createDirectories(runDir);
        Path gcLog = runDir.resolve("gc.log");
        Path console = runDir.resolve("console.txt");
        List<String> command = List.of("/usr/bin/time", "-f", "BENCH-TIME %e %U %S %M", runSh.toString(),
                "--input", dir.toString(), "--output", runDir.resolve("out").toString(),
                "--data-dir", runDir.resolve("data").toString(), "--period", PERIOD.toString());
        String javaOpts = "-Xmx" + xmx + " " + String.join(" ", jvm) + " -Xlog:gc:file=" + gcLog;
        exec(command, Map.of("JAVA_OPTS", javaOpts), console);
        String text = Files.readString(console);
        Matcher time = TIME.matcher(text);
        if (!time.find()) {
            throw new IllegalStateException("no /usr/bin/time line in " + console);
        }
        double wall = Double.parseDouble(time.group(1));
        double cpu = Double.parseDouble(time.group(2)) + Double.parseDouble(time.group(3));
        double rss = Long.parseLong(time.group(4)) / 1024.0;
        Matcher completed = COMPLETED.matcher(Files.readString(runDir.resolve("data/toolspend.log")));
        double job = -1;
        while (completed.find()) {
            job = duration(completed.group(1));
        }
        double heap = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher gc = GC.matcher(line);
            if (gc.find()) {
                heap = Math.max(heap, (double) Long.parseLong(gc.group(1)));
            }
        }
        Map<String, double[]> kinds = new TreeMap<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = TABLE.matcher(line);
            if (m.find()) {
                String path = m.group(1);
                String kind = path.contains("/events-") ? "events" : path.contains("usage-summary") ? "summary"
                        : path.startsWith("billing/") ? "billing" : null;
                if (kind != null) {
                    double[] sums = kinds.computeIfAbsent(kind, k -> new double[2]);
                    sums[0] += Double.parseDouble(m.group(2).replace(",", ""));
                    sums[1] += Double.parseDouble(m.group(3));
                }
            }
        }
        JsonNode json = JsonMapper.shared().readTree(runDir.resolve("out/toolspend-" + PERIOD + ".json").toFile());
        Files.writeString(work.resolve(dataset.name() + "-toolspend-run" + run + ".json"), json.toString());
        Matcher digested = FINGERPRINT.matcher(Files.readString(runDir.resolve("data/toolspend.log")));
        double fingerprint = digested.find() ? Long.parseLong(digested.group(1)) / 1000.0 : Double.NaN;
        return new JobRun(wall, cpu, rss, heap, job, fingerprint, kinds);
    }

    /** Spring Batch's duration text: {@code 4s7ms}, {@code 1m2s30ms}, {@code 734ms}. */
    static double duration(String text) {
        double seconds = 0;
        Matcher part = Pattern.compile("(\\d+)(h|ms|m|s)").matcher(text);
        while (part.find()) {
            long value = Long.parseLong(part.group(1));
            seconds += switch (part.group(2)) {
                case "h" -> value * 3600.0;
                case "m" -> value * 60.0;
                case "s" -> value;
                default -> value / 1000.0;
            };
        }
        return seconds;
    }

    // --- DuckDB ---------------------------------------------------------------------------------------------------

    private DuckRun duck(Path dir) throws Exception {
        clearPeakRss();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        Map<String, Figures> figures = new TreeMap<>();
        LocalDate start = PERIOD.atDay(1);
        LocalDate asOf = PERIOD.atEndOfMonth();
        String truth = dir.resolve(".truth").toString();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE names AS SELECT * FROM read_csv('" + truth + "/names.csv', header = true,"
                    + " all_varchar = true)");
            sql.execute("CREATE TABLE fx AS SELECT currency, CAST(rate AS DECIMAL(18, 6)) AS rate FROM read_csv('"
                    + truth + "/fx.csv', header = true, all_varchar = true)");
            sql.execute("CREATE TABLE seats AS SELECT tool_id, SUM(CAST(seats AS INTEGER)) AS seats FROM read_csv('"
                    + truth + "/licenses.csv', header = true, all_varchar = true) GROUP BY tool_id");
            sql.execute("CREATE TABLE spend AS SELECT n.tool_id, SUM(CAST(b.amount AS DECIMAL(18, 2)) * fx.rate) AS spend"
                    + " FROM read_csv('" + dir + "/billing/*.csv', header = true, all_varchar = true) b"
                    + " JOIN names n ON n.kind = 'billing' AND n.name = b.vendor"
                    + " JOIN fx ON fx.currency = b.currency"
                    + " WHERE CAST(b.date AS DATE) BETWEEN DATE '" + start + "' AND DATE '" + asOf + "'"
                    + " GROUP BY n.tool_id");
            // every holder of the usage summary; every (app, user) of the event logs with its latest day in Toronto
            sql.execute("CREATE TABLE holders AS"
                    + " SELECT n.tool_id, lower(s.\"user\") AS u, CAST(s.last_active AS DATE) AS d,"
                    + " coalesce(lower(s.status) IN ('deactivated', 'suspended', 'deleted', 'departed'), false) AS gone"
                    + " FROM read_csv('" + dir + "/usage/usage-summary.csv', header = true, all_varchar = true) s"
                    + " JOIN names n ON n.kind = 'usage' AND n.name = s.tool"
                    + " UNION ALL"
                    + " SELECT n.tool_id, e.u, e.d, false FROM ("
                    + "   SELECT app, lower(\"user\") AS u, max(CAST(timezone('America/Toronto', \"timestamp\") AS DATE)) AS d"
                    + "   FROM read_csv('" + dir + "/usage/events-*.csv', header = true,"
                    + "     columns = {'timestamp': 'TIMESTAMPTZ', 'user': 'VARCHAR', 'app': 'VARCHAR'})"
                    + "   GROUP BY ALL) e"
                    + " JOIN names n ON n.kind = 'usage' AND n.name = e.app");
            sql.execute("CREATE TABLE active AS SELECT tool_id, count(*) FILTER (WHERE NOT gone AND d >= DATE '"
                    + asOf.minusDays(30) + "') AS active FROM ("
                    + " SELECT tool_id, u, max(d) AS d, bool_or(gone) AS gone FROM holders GROUP BY ALL) GROUP BY tool_id");
            try (ResultSet rs = sql.executeQuery("SELECT t.tool_id, s.seats, a.active, coalesce(p.spend, 0),"
                    + " CASE WHEN s.seats IS NULL OR a.active IS NULL THEN NULL"
                    + "      WHEN s.seats > 0 AND a.active * 10 < s.seats * 8"
                    + "      THEN greatest(0, s.seats - CAST(ceil(a.active * CAST(1.10 AS DECIMAL(4, 2))) AS INTEGER))"
                    + "      ELSE 0 END"
                    + " FROM (SELECT tool_id FROM seats UNION SELECT tool_id FROM spend UNION SELECT tool_id FROM active) t"
                    + " LEFT JOIN seats s USING (tool_id) LEFT JOIN active a USING (tool_id)"
                    + " LEFT JOIN spend p USING (tool_id) ORDER BY t.tool_id")) {
                while (rs.next()) {
                    figures.put(rs.getString(1), new Figures(integer(rs, 2), integer(rs, 3),
                            rs.getBigDecimal(4).setScale(2, RoundingMode.HALF_UP), integer(rs, 5)));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        return new DuckRun(seconds, cpu, peakRssMb(), figures);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void clearPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException e) {
            // not Linux, or not allowed: the peak is then the process's
        }
    }

    private static double peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }

    // --- agreement ------------------------------------------------------------------------------------------------

    private void compare(String label, Path dir, JsonNode truth, Map<String, Figures> duck) throws IOException {
        Path runDir = work.resolve(dir.getFileName() + "-run");
        JsonNode job = JsonMapper.shared().readTree(runDir.resolve("out/toolspend-" + PERIOD + ".json").toFile());
        Map<String, Figures> toolspend = figures(job.get("tools"));
        Map<String, Figures> generator = figures(truth.get("tools"));
        TreeSet<String> ids = new TreeSet<>(toolspend.keySet());
        ids.addAll(duck.keySet());
        ids.addAll(generator.keySet());
        for (String id : ids) {
            Figures t = toolspend.get(id);
            Figures d = duck.get(id);
            Figures g = generator.get(id);
            if (!Objects.equals(t, d)) {
                problems.add(label + ": " + id + " toolspend " + t + " but DuckDB " + d);
            }
            if (!Objects.equals(t, g)) {
                problems.add(label + ": " + id + " toolspend " + t + " but the generator " + g);
            }
        }
        if (job.get("dataQuality").get("rowsRejected").asLong() != 0) {
            problems.add(label + ": toolspend rejected " + job.get("dataQuality").get("rowsRejected") + " rows");
        }
    }

    private static Map<String, Figures> figures(JsonNode tools) {
        Map<String, Figures> out = new TreeMap<>();
        for (JsonNode tool : tools) {
            out.put(tool.get("id").asString(), new Figures(intOrNull(tool.get("seats")),
                    intOrNull(tool.get("activeUsers")),
                    tool.get("spendInPeriod").decimalValue().setScale(2, RoundingMode.HALF_UP),
                    intOrNull(tool.get("reclaimableSeats"))));
        }
        return out;
    }

    private static Integer intOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static void exec(List<String> command, Map<String, String> environment, Path output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ": see " + output);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String cell(List<Double> values, int decimals) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        String format = "%." + decimals + "f";
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(values), min, max);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
