package dev.toolspend.job;

import dev.toolspend.job.cli.ToolspendCommand;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole job, from its command line, on hostile inputs made from {@code input-samples/}: CSV files truncated at
 * any byte, bytes flipped, lines duplicated and deleted, quotes, delimiters, byte-order marks, NUL bytes and fields of
 * 100,000 characters inserted, line endings mixed; the license workbook's parts (sheet, shared strings, workbook,
 * relationships…) rewritten with rows duplicated and deleted, cells retyped and refilled, entities declared, or the
 * zip itself truncated and flipped. Whatever the input, the run must end with exit status 0 (no {@code --strict}:
 * money not counted is said, never a status), every table's rows read = used + rejected + skipped in the JSON's
 * {@code dataQuality.tables}, and every input file read or listed as ignored with a reason.
 *
 * <p>Each case runs {@link ToolspendCommand} in a folder of its own ({@code target/hostile-input-fuzz/}: inputs,
 * output, {@code --data-dir} with the log), kept when the case fails. A Spring start costs most of a run, whatever the
 * folder holds, so most cases hold one mutated file beside what a run needs to finish (the FX rates and one untouched
 * billing file with lines in the period: without any, the job stops on purpose, {@code noBilling}), with a database
 * of their own in memory ({@code --db-url}); fewer cases mutate files of the whole sample folder, on the file
 * database of their {@code --data-dir} as users run it, {@code billing/vendor-invoices-2026.csv} left untouched.
 *
 * <p>Cases come from seeds: a property is a case generator over {@link SplittableRandom} and the checks above. Every
 * property prints its seed and, for each distinct failure (the same exit status, console line and innermost exception
 * at the same line of ours), the seed of its first case, its mutations and a smaller set of them that still fails the
 * same way. {@code -Dtoolspend.fuzz.seed=N} replays a whole property, {@code -Dtoolspend.fuzz.case=N} one case (with
 * {@code -Dit.test=HostileInputFuzzIT#method}), {@code -Dtoolspend.fuzz.scale=F} multiplies the number of cases,
 * {@code -Dtoolspend.fuzz.verbose=true} prints every case and what became of its files. A property runs all its cases,
 * then fails with every distinct failure it met, not only the first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputFuzzIT {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Path WORK = Path.of("target", "hostile-input-fuzz");
    private static final String PERIOD = "2026-10";
    private static final String FX = "fx-rates.csv";
    private static final String ANCHOR = "billing/vendor-invoices-2026.csv";
    private static final String OTHER_ANCHOR = "billing/card-statement-2026-10.csv";
    private static final String REGISTER = "licenses/license-register.xlsx";
    /**
     * A run that takes longer has hung (one takes under 3 s): the property stops there, its thread left running, so
     * the workbook property, the likeliest to hang, comes last.
     */
    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);
    /** Runs spent making a failure's mutations fewer, per distinct failure. */
    private static final int MINIMISING_RUNS = 10;

    private static final Map<String, byte[]> SAMPLE_FILES = readSamples();
    private static final List<String> CSV_FILES = SAMPLE_FILES.keySet().stream()
            .filter(p -> p.endsWith(".csv")).toList();

    private int runs;

    @Test
    @Order(1)
    void aMutatedCsvFileIsReadOrIgnored(TestInfo test) throws Exception {
        fuzz(test, "csv", 600, random -> {
            String file = pick(random, CSV_FILES);
            return new Case(withWhatARunNeeds(file), Map.of(file, textMutations(random, 1 + random.nextInt(4))));
        });
    }

    @Test
    @Order(3)
    void aMutatedLicenseWorkbookIsReadOrIgnored(TestInfo test) throws Exception {
        fuzz(test, "xlsx", 320, random -> new Case(withWhatARunNeeds(REGISTER),
                Map.of(REGISTER, workbookMutations(random, 1 + random.nextInt(3)))));
    }

    @Test
    @Order(2)
    void theSampleFolderWithMutatedFilesIsReadOrIgnored(TestInfo test) throws Exception {
        List<String> mutable = SAMPLE_FILES.keySet().stream().filter(p -> !p.equals(ANCHOR)).toList();
        fuzz(test, "folder", 80, random -> {
            Map<String, List<Mutation>> edits = new TreeMap<>();
            int files = 1 + random.nextInt(3);
            while (edits.size() < files) {
                String file = pick(random, mutable);
                edits.put(file, file.endsWith(".xlsx") ? workbookMutations(random, 1 + random.nextInt(2))
                        : textMutations(random, 1 + random.nextInt(3)));
            }
            return new Case(List.copyOf(SAMPLE_FILES.keySet()), edits);
        });
    }

    // ---------------------------------------------------------------------------------------------- the harness

    /** Which files a case's folder holds (samples' relative paths) and the mutations of some of them. */
    record Case(List<String> files, Map<String, List<Mutation>> edits) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            edits.forEach((file, mutations) -> text.append("\n      ").append(file).append(" ← ").append(mutations));
            return text.append("\n      (folder: ").append(files).append(')').toString();
        }

        /** The same with one mutation fewer, or one mutation made smaller, for each mutation. */
        List<Case> smaller() {
            List<Case> smaller = new ArrayList<>();
            edits.forEach((file, mutations) -> {
                for (int i = 0; i < mutations.size(); i++) {
                    List<Mutation> rest = new ArrayList<>(mutations);
                    rest.remove(i);
                    if (!rest.isEmpty() || edits.size() > 1) {
                        smaller.add(with(file, rest));
                    }
                    for (Mutation part : mutations.get(i).smaller()) {
                        List<Mutation> changed = new ArrayList<>(mutations);
                        changed.set(i, part);
                        smaller.add(with(file, changed));
                    }
                }
            });
            return smaller;
        }

        private Case with(String file, List<Mutation> mutations) {
            Map<String, List<Mutation>> changed = new TreeMap<>(edits);
            if (mutations.isEmpty()) {
                changed.remove(file);
            } else {
                changed.put(file, List.copyOf(mutations));
            }
            return new Case(files, changed);
        }
    }

    /** What one run showed; {@code failure} is null when it kept every rule. */
    record Outcome(String failure, String detail, Map<String, String> editedFiles, boolean hung) {
    }

    /** One distinct failure: its first case and how often it came. */
    static final class Found {
        final long seed;
        final Case first;
        final Outcome outcome;
        Case minimised;
        int count;

        Found(long seed, Case first, Outcome outcome) {
            this.seed = seed;
            this.first = first;
            this.outcome = outcome;
        }
    }

    private void fuzz(TestInfo test, String property, int tries, Function<SplittableRandom, Case> cases)
            throws Exception {
        Long only = Long.getLong("toolspend.fuzz.case");
        long seed = Long.getLong("toolspend.fuzz.seed", new SecureRandom().nextLong());
        double scale = Double.parseDouble(System.getProperty("toolspend.fuzz.scale", "1"));
        int count = only != null ? 1 : Math.max(1, (int) Math.round(tries * scale));
        SplittableRandom seeds = new SplittableRandom(seed);
        Map<String, Found> found = new LinkedHashMap<>();
        Map<String, Integer> editedFiles = new TreeMap<>();
        long start = System.nanoTime();
        int ran = 0;
        for (int i = 0; i < count; i++) {
            long caseSeed = only != null ? only : seeds.nextLong();
            Case c = cases.apply(new SplittableRandom(caseSeed));
            Outcome outcome = run(property, c);
            ran++;
            outcome.editedFiles().values().forEach(how -> editedFiles.merge(how, 1, Integer::sum));
            if (Boolean.getBoolean("toolspend.fuzz.verbose")) {
                System.out.printf(Locale.ROOT, "%s case %d: %s%s%n", property, caseSeed, outcome.failure() == null
                        ? outcome.editedFiles() : outcome.failure(), c);
            }
            if (outcome.failure() != null) {
                found.computeIfAbsent(outcome.failure(), f -> new Found(caseSeed, c, outcome)).count++;
            }
            if (outcome.hung()) {
                break;
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        for (Found f : found.values()) {
            if (!f.outcome.hung()) {
                f.minimised = minimise(property, f.first, f.outcome.failure());
            }
        }
        String replay = only != null ? "the case -Dtoolspend.fuzz.case=" + only
                : "seed " + seed + " (replay: -Dtoolspend.fuzz.seed=" + seed + ")";
        System.out.printf(Locale.ROOT, "HostileInputFuzzIT %s: %d cases in %d s, %s; mutated files %s;"
                + " %d distinct failures%n", property, ran, seconds, replay, editedFiles, found.size());
        if (!found.isEmpty()) {
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d distinct failures in %d cases, %s; one case again: -Dit.test=%s#%s"
                            + " -Dtoolspend.fuzz.case=<its seed>", property, found.size(), ran, replay,
                    getClass().getSimpleName(), test.getTestMethod().map(m -> m.getName()).orElse("?")));
            for (Found f : found.values()) {
                report.append("\n\n  [").append(f.count).append(" case(s)] ").append(f.outcome.failure())
                        .append("\n    first case: -Dtoolspend.fuzz.case=").append(f.seed)
                        .append(f.first)
                        .append(f.minimised == null || f.minimised.equals(f.first) ? ""
                                : "\n    still fails with:" + f.minimised)
                        .append('\n').append(f.outcome.detail());
            }
            fail(report.toString());
        }
    }

    /** Drops mutations one at a time while the case still fails the same way, within a few runs. */
    private Case minimise(String property, Case failing, String failure) throws Exception {
        Case smallest = failing;
        int budget = MINIMISING_RUNS;
        boolean smaller = true;
        while (smaller && budget > 0) {
            smaller = false;
            for (Case candidate : smallest.smaller()) {
                if (budget-- <= 0) {
                    break;
                }
                if (failure.equals(run(property + "-min", candidate).failure())) {
                    smallest = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return smallest;
    }

    private Outcome run(String property, Case c) throws Exception {
        Path dir = WORK.resolve(property + "-" + ++runs);
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        Path data = dir.resolve("data");
        if (Files.exists(dir)) {
            delete(dir);
        }
        for (String file : c.files()) {
            byte[] bytes = SAMPLE_FILES.get(file);
            for (Mutation mutation : c.edits().getOrDefault(file, List.of())) {
                bytes = mutation.apply(bytes);
            }
            Path target = in.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        }
        List<String> arguments = new ArrayList<>(List.of("--input", in.toString(), "--output", out.toString(),
                "--period", PERIOD, "--data-dir", data.toString()));
        if (c.files().size() < SAMPLE_FILES.size()) {
            // a database of its own, in memory: a third of a run's time on the file database in --data-dir
            arguments.addAll(List.of("--db-url", "jdbc:hsqldb:mem:" + dir.getFileName() + ";shutdown=true"));
        }
        Ran ran = execute(arguments);
        Outcome outcome = check(c, out, ran, dir);
        if (outcome.failure() == null) {
            delete(dir);
        }
        return outcome;
    }

    /** The command line's exit status and what it printed. */
    record Ran(int status, String console, String errors, boolean hung) {
    }

    private static Ran execute(List<String> arguments) throws InterruptedException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (PrintStream captured = new PrintStream(console, true, UTF_8);
             PrintStream capturedErrors = new PrintStream(errors, true, UTF_8)) {
            System.setOut(captured);
            System.setErr(capturedErrors);
            Future<Integer> status = thread.submit(() -> ToolspendCommand.commandLine()
                    .execute(arguments.toArray(String[]::new)));
            try {
                int exit = status.get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
                return new Ran(exit, console.toString(UTF_8), errors.toString(UTF_8), false);
            } catch (TimeoutException e) {
                status.cancel(true);
                return new Ran(-1, console.toString(UTF_8), errors.toString(UTF_8), true);
            } catch (ExecutionException e) {
                return new Ran(-2, console.toString(UTF_8), errors.toString(UTF_8) + "\n" + e.getCause(), false);
            }
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            thread.shutdownNow();
        }
    }

    /** The rules every run keeps, whatever its input; the first one broken, as a failure common to like runs. */
    private static Outcome check(Case c, Path out, Ran ran, Path dir) {
        Map<String, String> edited = new TreeMap<>();
        if (ran.hung()) {
            return new Outcome("no exit within " + RUN_LIMIT.toSeconds() + " s", details(ran, dir), edited, true);
        }
        if (ran.status() != 0) {
            return new Outcome("exit status " + ran.status() + ": " + cause(ran, dir), details(ran, dir), edited,
                    false);
        }
        Path json = out.resolve("toolspend-" + PERIOD + ".json");
        if (!Files.isRegularFile(json) || !Files.isRegularFile(out.resolve("toolspend-" + PERIOD + ".xlsx"))) {
            return new Outcome("exit status 0 without the workbook and the JSON", details(ran, dir), edited, false);
        }
        JsonNode quality;
        try {
            quality = JsonMapper.shared().readTree(json.toFile()).path("dataQuality");
        } catch (RuntimeException e) {
            return new Outcome("the JSON cannot be read: " + e.getClass().getSimpleName(), details(ran, dir), edited,
                    false);
        }
        TreeSet<String> read = new TreeSet<>();
        Map<String, String> ignored = new TreeMap<>();
        for (JsonNode table : quality.path("tables")) {
            long rows = table.path("read").asLong();
            long used = table.path("used").asLong();
            long rejected = table.path("rejected").asLong();
            long skipped = table.path("skipped").asLong();
            String file = table.path("file").stringValue("");
            if (rows != used + rejected + skipped) {
                String counts = String.format(Locale.ROOT, "    %s [%s]: read %d, used %d, rejected %d, skipped %d%n"
                        + "    kept: %s", file, table.path("sheet").stringValue(""), rows, used, rejected, skipped,
                        dir);
                return new Outcome("a " + table.path("kind").stringValue("?")
                        + " table's rows read ≠ used + rejected + skipped", counts, edited, false);
            }
            read.add(file);
        }
        for (JsonNode issue : quality.path("issues")) {
            if ("ignored".equals(issue.path("issue").stringValue(""))
                    && !issue.path("code").stringValue("").isBlank() && !issue.path("text").stringValue("").isBlank()) {
                ignored.putIfAbsent(issue.path("file").stringValue(""), issue.path("code").stringValue(""));
            }
        }
        for (String file : c.files()) {
            if (!read.contains(file) && !ignored.containsKey(file)) {
                return new Outcome("a file neither read nor listed as ignored with a reason", "    " + file
                        + "\n    kept: " + dir, edited, false);
            }
        }
        c.edits().keySet().forEach(file -> edited.put(file, read.contains(file) ? "read"
                : "ignored " + ignored.get(file)));
        return new Outcome(null, "", edited, false);
    }

    private static final Pattern EXCEPTION = Pattern.compile("^(?:Caused by: )?([\\w$.]+(?:Exception|Error))(?::.*)?$");

    /** What makes like failures one: the console's "stopped" line and the innermost exception's first frame of ours. */
    private static String cause(Ran ran, Path dir) {
        String stopped = ran.console().lines().filter(l -> l.startsWith("toolspend stopped")).findFirst()
                .orElse(ran.console().lines().reduce((a, b) -> b).orElse(""));
        stopped = stopped.replace(dir.toAbsolutePath().toString(), "…").replaceAll("\\d+", "#")
                .replaceAll("; details in .*", "");
        String innermost = "";
        String frame = "";
        for (String line : logAndErrors(ran, dir)) {
            Matcher m = EXCEPTION.matcher(line);
            if (m.matches()) {
                innermost = m.group(1);
                frame = "";
            } else if (frame.isEmpty() && line.strip().startsWith("at dev.toolspend.")) {
                frame = line.strip().substring(3).replaceAll(" ~\\[.*\\]$", "");
            }
        }
        return stopped + (innermost.isEmpty() ? "" : " | " + innermost + (frame.isEmpty() ? "" : " at " + frame));
    }

    /** The console's last lines, the error stream's first and the log's exceptions with their first frames. */
    private static String details(Ran ran, Path dir) {
        StringBuilder text = new StringBuilder();
        text.append("    exit status: ").append(ran.status());
        List<String> console = ran.console().lines().toList();
        text.append("\n    console (last lines):");
        console.subList(Math.max(0, console.size() - 4), console.size())
                .forEach(l -> text.append("\n      ").append(l));
        ran.errors().lines().limit(6).forEach(l -> text.append("\n    stderr: ").append(l));
        List<String> trace = new ArrayList<>();
        List<String> lines = logAndErrors(ran, dir);
        for (int i = 0; i < lines.size() && trace.size() < 24; i++) {
            String line = lines.get(i);
            if (line.contains(" ERROR ") || EXCEPTION.matcher(line).matches()) {
                trace.add(line.length() > 240 ? line.substring(0, 240) + "…" : line);
                int frames = 0;
                for (int j = i + 1; j < lines.size() && frames < 3 && lines.get(j).strip().startsWith("at "); j++) {
                    trace.add(lines.get(j));
                    frames++;
                }
            }
        }
        trace.forEach(l -> text.append("\n    log: ").append(l));
        return text.append("\n    kept: ").append(dir).toString();
    }

    private static List<String> logAndErrors(Ran ran, Path dir) {
        List<String> lines = new ArrayList<>(ran.errors().lines().toList());
        Path log = dir.resolve("data").resolve("toolspend.log");
        try {
            if (Files.isRegularFile(log)) {
                lines.addAll(Files.readAllLines(log, ISO_8859_1));
            }
        } catch (IOException e) {
            lines.add("(the log cannot be read: " + e + ")");
        }
        return lines;
    }

    /** The file, the FX rates and one untouched billing file with lines in the period. */
    private static List<String> withWhatARunNeeds(String file) {
        TreeSet<String> files = new TreeSet<>(List.of(file, FX));
        files.add(file.equals(ANCHOR) ? OTHER_ANCHOR : ANCHOR);
        return List.copyOf(files);
    }

    private static Map<String, byte[]> readSamples() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String relative = SAMPLES.relativize(path).toString().replace('\\', '/');
                if (!relative.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    files.put(relative, Files.readAllBytes(path));
                }
            }
            if (Files.exists(WORK)) {
                delete(WORK);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    // -------------------------------------------------------------------------------------------- the mutations

    /** One change to a file's bytes; its {@code toString} says which, to read in a failure's report. */
    interface Mutation {
        byte[] apply(byte[] bytes);

        /** Smaller mutations that may fail the same way, for a failure's report. */
        default List<Mutation> smaller() {
            return List.of();
        }
    }

    static List<Mutation> textMutations(SplittableRandom random, int count) {
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mutations.add(textMutation(random));
        }
        return List.copyOf(mutations);
    }

    static Mutation textMutation(SplittableRandom random) {
        return switch (random.nextInt(11)) {
            case 0 -> new Truncate(at(random));
            case 1 -> new FlipByte(at(random), 1 + random.nextInt(255));
            case 2 -> new DuplicateLine(at(random));
            case 3 -> new DeleteLine(at(random));
            case 4 -> new InsertBytes(at(random), pick(random, Hostile.values()));
            case 5 -> new InsertLine(at(random), pick(random, Hostile.values()));
            case 6, 7 -> new ReplaceField(at(random), random.nextInt(8), pick(random, Hostile.values()));
            case 8 -> new LineEnds(pick(random, Ending.values()));
            case 9 -> new Prepend(pick(random, PREFIXES));
            default -> new ReplaceField(at(random), random.nextInt(8), random.nextBoolean() ? Hostile.HUGE_FIELD
                    : Hostile.HUGE_QUOTED);
        };
    }

    static List<Mutation> workbookMutations(SplittableRandom random, int count) {
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(20);
            String part = kind < 14 ? (random.nextInt(3) < 2 ? SHEET : SHARED_STRINGS) : pick(random, PARTS);
            if (kind < 16) {                // the workbook still opens: what is in its cells, rows and parts changes
                List<Mutation> edits = new ArrayList<>();
                for (int j = 1 + random.nextInt(3); j > 0; j--) {
                    edits.add(xmlMutation(random, part));
                }
                mutations.add(new EditPart(part, List.copyOf(edits)));
            } else if (kind == 16) {
                mutations.add(new EditPart(part, List.of(random.nextBoolean() ? textMutation(random)
                        : new AddDoctype(pick(random, Doctype.values())))));
            } else if (kind == 17) {
                mutations.add(new DropPart(part));
            } else {
                mutations.add(new ZipBytes(random.nextBoolean() ? new Truncate(at(random))
                        : new FlipByte(at(random), 1 + random.nextInt(255))));
            }
        }
        return List.copyOf(mutations);
    }

    /** A change to an element of the part that the part has. */
    static Mutation xmlMutation(SplittableRandom random, String part) {
        List<Tag> tags = switch (part) {
            case SHEET -> List.of(Tag.ROW, Tag.CELL, Tag.VALUE, Tag.COLUMN, Tag.DIMENSION);
            case SHARED_STRINGS -> List.of(Tag.STRING_ITEM, Tag.TEXT);
            case WORKBOOK_PART -> List.of(Tag.SHEET, Tag.DEFINED_NAME);
            case STYLES -> List.of(Tag.FORMAT);
            case WORKBOOK_RELS, ROOT_RELS -> List.of(Tag.RELATIONSHIP);
            case CONTENT_TYPES -> List.of(Tag.OVERRIDE);
            default -> List.of();
        };
        if (tags.isEmpty()) {
            return textMutation(random);
        }
        List<Attribute> attributes = Arrays.stream(ATTRIBUTES).filter(a -> tags.contains(a.tag())).toList();
        int kind = random.nextInt(part.equals(SHEET) ? 10 : 6);
        return switch (kind) {
            case 0 -> new DuplicateElement(pick(random, tags), at(random));
            case 1 -> new DeleteElement(pick(random, tags), at(random));
            case 2, 3 -> attributes.isEmpty() ? new DuplicateElement(pick(random, tags), at(random))
                    : new SetAttribute(pick(random, attributes), at(random));
            case 4, 5 -> new SetText(part.equals(SHEET) ? Tag.VALUE : part.equals(WORKBOOK_PART) ? Tag.DEFINED_NAME
                    : Tag.TEXT, at(random), pick(random, Hostile.values()), random.nextInt(4) > 0);
            default -> new CellContent(at(random), pick(random, CellForm.values()), pick(random, Hostile.values()));
        };
    }

    /** A position in a file: a fraction of its length or of its lines, so that mutations compose and read well. */
    private static double at(SplittableRandom random) {
        int edge = random.nextInt(12);
        return edge == 0 ? 0 : edge == 1 ? 0.999_999 : Math.round(random.nextDouble() * 10_000) / 10_000.0;
    }

    private static int index(double at, int size) {
        return Math.min(Math.max(size - 1, 0), (int) (at * size));
    }

    /** Text that breaks readers, as UTF-8 or, when {@code raw}, as the bytes of its ISO-8859-1 characters. */
    enum Hostile {
        EMPTY(""), SPACE(" "), QUOTE("\""), TWO_QUOTES("\"\""), QUOTED_COMMA("\"a,b\""), UNCLOSED_QUOTE("\"abc"),
        COMMA(","), SEMICOLON(";"), TAB("\t"), PIPE("|"), CR("\r"), LF("\n"), CRLF("\r\n"), NUL("\u0000"),
        BOM_UTF8("\u00EF\u00BB\u00BF", true), BOM_UTF16LE("\u00FF\u00FE", true), BOM_UTF16BE("\u00FE\u00FF", true),
        BOM_UTF32LE("\u00FF\u00FE\u0000\u0000", true), BOM_AS_TEXT("\uFEFF"),
        INVALID_UTF8("\u00C3(", true), CP1252_QUOTE("\u0092", true), LONE_SURROGATE("\u00ED\u00A0\u0080", true),
        OVERLONG_SLASH("\u00C0\u00AF", true), NBSP("\u00A0"), ZERO_WIDTH("\u200B"), EMOJI("\uD83D\uDE00"),
        RIGHT_TO_LEFT("\u202E"), CONTROL("\u0001\u001F\u007F"), FULLWIDTH("\uFF35\uFF33\uFF24"),
        HUGE_FIELD("x".repeat(100_000)), HUGE_QUOTED("\"" + "y,".repeat(50_000) + "\""),
        HUGE_UNCLOSED_QUOTE("\"" + "z".repeat(100_000)), MANY_DELIMITERS(",".repeat(10_000)),
        MANY_LINES("a\n".repeat(20_000)),
        FORMULA("=HYPERLINK(\"http://example.com\",\"x\")"), AT_FORMULA("@SUM(1+1)"),
        HUGE_NUMBER("1e999999"), LONG_DIGITS("9".repeat(400)), NEGATIVE("-1406.25"), PARENTHESES("(1,406.25)"),
        TRAILING_MINUS("12.00-"), NAN("NaN"), INFINITY("Infinity"), MINUS_ZERO("-0"), FRENCH_AMOUNT("1 406,25 $"),
        BAD_DATE("2026-02-30"), ZERO_DATE("0000-00-00"), FAR_DATE("9999-12-31"), ANCIENT_DATE("0001-01-01"),
        SLASHED_DATE("13/13/2026"), BAD_TIMESTAMP("2026-10-31T25:61:00Z"), SERIAL_DATE("45000"),
        TOTAL("Total"), ODD_CURRENCY("XXX"), LOWER_CURRENCY("usd"), MARKUP("<b>&amp;</b>]]>&"),
        HEADER_WORD("amount"), TITLE_LINE("Export généré le 2026-11-02\n");

        private final String text;
        private final boolean raw;

        Hostile(String text) {
            this(text, false);
        }

        Hostile(String text, boolean raw) {
            this.text = text;
            this.raw = raw;
        }

        byte[] bytes() {
            return text.getBytes(raw ? ISO_8859_1 : UTF_8);
        }

        String text() {
            return raw ? new String(bytes(), UTF_8) : text;
        }
    }

    private static final Hostile[] PREFIXES = {Hostile.BOM_UTF8, Hostile.BOM_UTF16LE, Hostile.BOM_UTF16BE,
            Hostile.BOM_UTF32LE, Hostile.NUL, Hostile.TITLE_LINE, Hostile.LF, Hostile.CRLF, Hostile.SPACE,
            Hostile.INVALID_UTF8};

    record Truncate(double at) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            return Arrays.copyOf(bytes, index(at, bytes.length));
        }
    }

    record FlipByte(double at, int xor) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            byte[] flipped = bytes.clone();
            int i = index(at, bytes.length);
            flipped[i] = (byte) (flipped[i] ^ xor);
            return flipped;
        }
    }

    record InsertBytes(double at, Hostile what) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            int i = Math.min(bytes.length, (int) (at * (bytes.length + 1)));
            return concat(Arrays.copyOfRange(bytes, 0, i), what.bytes(), Arrays.copyOfRange(bytes, i, bytes.length));
        }
    }

    record Prepend(Hostile what) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            return concat(what.bytes(), bytes);
        }
    }

    record DuplicateLine(double which) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            List<byte[]> lines = lines(bytes);
            if (lines.isEmpty()) {
                return bytes;
            }
            int i = index(which, lines.size());
            byte[] line = lines.get(i);
            lines.set(i, line.length > 0 && line[line.length - 1] == '\n' ? line : concat(line, new byte[]{'\n'}));
            lines.add(i + 1, line);
            return concat(lines.toArray(byte[][]::new));
        }
    }

    record DeleteLine(double which) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            List<byte[]> lines = lines(bytes);
            if (lines.isEmpty()) {
                return bytes;
            }
            lines.remove(index(which, lines.size()));
            return concat(lines.toArray(byte[][]::new));
        }
    }

    record InsertLine(double which, Hostile what) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            List<byte[]> lines = lines(bytes);
            int at = Math.min(lines.size(), (int) (which * (lines.size() + 1)));
            lines.add(at, concat(what.bytes(), new byte[]{'\n'}));
            return concat(lines.toArray(byte[][]::new));
        }
    }

    /** The field'th field of a line (split naively on its most frequent delimiter) becomes {@code what}. */
    record ReplaceField(double which, int field, Hostile what) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            List<byte[]> lines = lines(bytes);
            if (lines.isEmpty()) {
                return bytes;
            }
            int i = index(which, lines.size());
            byte[] line = lines.get(i);
            int end = line.length;
            while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
                end--;
            }
            byte delimiter = delimiter(line, end);
            List<Integer> cuts = new ArrayList<>();
            for (int j = 0; j < end; j++) {
                if (line[j] == delimiter) {
                    cuts.add(j);
                }
            }
            int f = field % (cuts.size() + 2);
            byte[] head;
            byte[] tail;
            if (f > cuts.size()) {          // one field more than the line has
                head = concat(Arrays.copyOfRange(line, 0, end), new byte[]{delimiter});
                tail = Arrays.copyOfRange(line, end, line.length);
            } else {
                head = Arrays.copyOfRange(line, 0, f == 0 ? 0 : cuts.get(f - 1) + 1);
                tail = Arrays.copyOfRange(line, f < cuts.size() ? cuts.get(f) : end, line.length);
            }
            lines.set(i, concat(head, what.bytes(), tail));
            return concat(lines.toArray(byte[][]::new));
        }

        private static byte delimiter(byte[] line, int end) {
            byte best = ',';
            long most = 0;
            for (byte candidate : new byte[]{',', ';', '\t'}) {
                long n = 0;
                for (int j = 0; j < end; j++) {
                    if (line[j] == candidate) {
                        n++;
                    }
                }
                if (n > most) {
                    most = n;
                    best = candidate;
                }
            }
            return best;
        }
    }

    enum Ending { LF, CRLF, CR, MIXED, NO_FINAL_NEWLINE, BLANK_LINES_BETWEEN }

    record LineEnds(Ending ending) implements Mutation {
        @Override
        public byte[] apply(byte[] bytes) {
            List<byte[]> lines = lines(bytes);
            List<byte[]> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                byte[] line = lines.get(i);
                int end = line.length;
                boolean terminated = end > 0 && line[end - 1] == '\n';
                if (terminated) {
                    end--;
                    if (end > 0 && line[end - 1] == '\r') {
                        end--;
                    }
                }
                byte[] content = Arrays.copyOf(line, end);
                boolean last = i == lines.size() - 1;
                String newline = switch (ending) {
                    case LF -> "\n";
                    case CRLF -> "\r\n";
                    case CR -> "\r";
                    case MIXED -> i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r";
                    case NO_FINAL_NEWLINE -> last ? ""
                            : new String(Arrays.copyOfRange(line, end, line.length), ISO_8859_1);
                    case BLANK_LINES_BETWEEN -> "\n\n";
                };
                out.add(concat(content, (terminated || !last ? newline : "").getBytes(ISO_8859_1)));
            }
            return concat(out.toArray(byte[][]::new));
        }
    }

    // ------------------------------------------------------------------------------------------- workbook parts

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String STYLES = "xl/styles.xml";
    private static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    private static final String ROOT_RELS = "_rels/.rels";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final List<String> PARTS = List.of(SHEET, SHARED_STRINGS, STYLES, WORKBOOK_PART, WORKBOOK_RELS,
            ROOT_RELS, CONTENT_TYPES, "docProps/core.xml");

    /** One part of the workbook's zip rewritten by the mutations (a part it does not hold: no change). */
    record EditPart(String part, List<Mutation> edits) implements Mutation {
        @Override
        public byte[] apply(byte[] zip) {
            Map<String, byte[]> parts = unzip(zip);
            if (parts == null || !parts.containsKey(part)) {
                return zip;
            }
            byte[] bytes = parts.get(part);
            for (Mutation edit : edits) {
                bytes = edit.apply(bytes);
            }
            parts.put(part, bytes);
            return dev.toolspend.ingest.MinimalXlsx.zip(parts);
        }

        @Override
        public List<Mutation> smaller() {
            List<Mutation> smaller = new ArrayList<>();
            for (int i = 0; edits.size() > 1 && i < edits.size(); i++) {
                List<Mutation> rest = new ArrayList<>(edits);
                rest.remove(i);
                smaller.add(new EditPart(part, List.copyOf(rest)));
            }
            return smaller;
        }
    }

    record DropPart(String part) implements Mutation {
        @Override
        public byte[] apply(byte[] zip) {
            Map<String, byte[]> parts = unzip(zip);
            if (parts == null || parts.remove(part) == null) {
                return zip;
            }
            return dev.toolspend.ingest.MinimalXlsx.zip(parts);
        }
    }

    /** A mutation of the zip's own bytes. */
    record ZipBytes(Mutation edit) implements Mutation {
        @Override
        public byte[] apply(byte[] zip) {
            return edit.apply(zip);
        }
    }

    /** The elements the XML mutations aim at. */
    enum Tag {
        ROW("row"), CELL("c"), VALUE("v"), TEXT("t"), STRING_ITEM("si"), SHEET("sheet"), RELATIONSHIP("Relationship"),
        OVERRIDE("Override"), COLUMN("col"), DIMENSION("dimension"), FORMAT("xf"), DEFINED_NAME("definedName");

        private final String name;

        Tag(String name) {
            this.name = name;
        }

        Pattern element() {
            return Pattern.compile("<" + name + "(?=[\\s/>])[^>]*?(?:/>|>.*?</" + name + ">)", Pattern.DOTALL);
        }

        Pattern start() {
            return Pattern.compile("<" + name + "(?=[\\s/>])[^>]*>");
        }

        Pattern content() {
            return Pattern.compile("(<" + name + "(?=[\\s>])[^>]*>)(.*?)(</" + name + ">)", Pattern.DOTALL);
        }
    }

    private static MatchResult nth(Pattern pattern, String xml, double which) {
        List<MatchResult> all = pattern.matcher(xml).results().toList();
        return all.isEmpty() ? null : all.get(index(which, all.size()));
    }

    record DuplicateElement(Tag tag, double which) implements Mutation {
        @Override
        public byte[] apply(byte[] part) {
            String xml = new String(part, UTF_8);
            MatchResult m = nth(tag.element(), xml, which);
            return m == null ? part : (xml.substring(0, m.end()) + m.group() + xml.substring(m.end())).getBytes(UTF_8);
        }
    }

    record DeleteElement(Tag tag, double which) implements Mutation {
        @Override
        public byte[] apply(byte[] part) {
            String xml = new String(part, UTF_8);
            MatchResult m = nth(tag.element(), xml, which);
            return m == null ? part : (xml.substring(0, m.start()) + xml.substring(m.end())).getBytes(UTF_8);
        }
    }

    /** An element's text becomes {@code what}, escaped as XML or, when not, as it is. */
    record SetText(Tag tag, double which, Hostile what, boolean escaped) implements Mutation {
        @Override
        public byte[] apply(byte[] part) {
            String xml = new String(part, UTF_8);
            MatchResult m = nth(tag.content(), xml, which);
            if (m == null) {
                return part;
            }
            String text = escaped ? what.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    : what.text();
            return (xml.substring(0, m.start(2)) + text + xml.substring(m.end(2))).getBytes(UTF_8);
        }
    }

    /** An attribute value to set on an element. */
    record Attribute(Tag tag, String name, String value) {
    }

    private static final Attribute[] ATTRIBUTES = {
            new Attribute(Tag.CELL, "t", "s"), new Attribute(Tag.CELL, "t", "n"), new Attribute(Tag.CELL, "t", "b"),
            new Attribute(Tag.CELL, "t", "e"), new Attribute(Tag.CELL, "t", "str"),
            new Attribute(Tag.CELL, "t", "inlineStr"), new Attribute(Tag.CELL, "t", "d"),
            new Attribute(Tag.CELL, "t", "x"), new Attribute(Tag.CELL, "r", "A0"),
            new Attribute(Tag.CELL, "r", "XFD1048577"), new Attribute(Tag.CELL, "r", "A1"),
            new Attribute(Tag.CELL, "r", "B5"), new Attribute(Tag.CELL, "r", "1A"), new Attribute(Tag.CELL, "r", ""),
            new Attribute(Tag.CELL, "r", "AAAA1"), new Attribute(Tag.CELL, "s", "999"),
            new Attribute(Tag.CELL, "s", "-1"), new Attribute(Tag.ROW, "r", "0"),
            new Attribute(Tag.ROW, "r", "1048577"), new Attribute(Tag.ROW, "r", "1"), new Attribute(Tag.ROW, "r", "-3"),
            new Attribute(Tag.ROW, "r", "x"), new Attribute(Tag.ROW, "r", "4"),
            new Attribute(Tag.ROW, "r", "2147483648"),
            new Attribute(Tag.ROW, "hidden", "1"), new Attribute(Tag.ROW, "spans", "0:0"),
            new Attribute(Tag.SHEET, "name", ""), new Attribute(Tag.SHEET, "name", "L".repeat(300)),
            new Attribute(Tag.SHEET, "name", "a]b"), new Attribute(Tag.SHEET, "state", "veryHidden"),
            new Attribute(Tag.SHEET, "r:id", "rId9"), new Attribute(Tag.DIMENSION, "ref", "A1:XFD1048576"),
            new Attribute(Tag.DIMENSION, "ref", "Z"), new Attribute(Tag.RELATIONSHIP, "Target", "worksheets/none.xml"),
            new Attribute(Tag.RELATIONSHIP, "Target", "../../../../../etc/hostname"),
            new Attribute(Tag.RELATIONSHIP, "TargetMode", "External"),
            new Attribute(Tag.OVERRIDE, "ContentType", "text/plain"), new Attribute(Tag.COLUMN, "max", "99999999"),
            new Attribute(Tag.COLUMN, "min", "0"), new Attribute(Tag.FORMAT, "numFmtId", "14"),
            new Attribute(Tag.FORMAT, "numFmtId", "9999"), new Attribute(Tag.FORMAT, "numFmtId", "49")};

    record SetAttribute(Attribute attribute, double which) implements Mutation {
        @Override
        public byte[] apply(byte[] part) {
            String xml = new String(part, UTF_8);
            MatchResult m = nth(attribute.tag().start(), xml, which);
            if (m == null) {
                return part;
            }
            String tag = m.group();
            String set = " " + attribute.name() + "=\"" + attribute.value() + "\"";
            Matcher existing = Pattern.compile("\\s" + Pattern.quote(attribute.name()) + "=\"[^\"]*\"").matcher(tag);
            String changed = existing.find() ? existing.replaceFirst(Matcher.quoteReplacement(set))
                    : tag.endsWith("/>") ? tag.substring(0, tag.length() - 2) + set + "/>"
                    : tag.substring(0, tag.length() - 1) + set + ">";
            return (xml.substring(0, m.start()) + changed + xml.substring(m.end())).getBytes(UTF_8);
        }
    }

    /** What a cell can hold, as the sheet's XML writes it. */
    enum CellForm {
        INLINE_STRING, ERROR, FORMULA_STRING, FORMULA_WITHOUT_VALUE, BOOLEAN, NUMBER, DATE, SHARED_INDEX, EMPTY
    }

    /** A cell (its reference and style kept) rewritten to another form, holding {@code what} where it holds text. */
    record CellContent(double which, CellForm form, Hostile what) implements Mutation {
        @Override
        public byte[] apply(byte[] part) {
            String xml = new String(part, UTF_8);
            MatchResult m = nth(Tag.CELL.element(), xml, which);
            if (m == null) {
                return part;
            }
            Matcher reference = Pattern.compile("\\s(r|s)=\"[^\"]*\"").matcher(xml.substring(m.start(),
                    xml.indexOf('>', m.start())));
            StringBuilder kept = new StringBuilder();
            while (reference.find()) {
                kept.append(reference.group());
            }
            String text = what.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            String cell = switch (form) {
                case INLINE_STRING -> "<c" + kept + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
                case ERROR -> "<c" + kept + " t=\"e\"><v>#DIV/0!</v></c>";
                case FORMULA_STRING -> "<c" + kept + " t=\"str\"><f>A1&amp;\"x\"</f><v>" + text + "</v></c>";
                case FORMULA_WITHOUT_VALUE -> "<c" + kept + "><f>SUM(A1:A3)/0</f></c>";
                case BOOLEAN -> "<c" + kept + " t=\"b\"><v>" + text + "</v></c>";
                case NUMBER -> "<c" + kept + "><v>" + text + "</v></c>";
                case DATE -> "<c" + kept + " t=\"d\"><v>" + text + "</v></c>";
                case SHARED_INDEX -> "<c" + kept + " t=\"s\"><v>99999</v></c>";
                case EMPTY -> "<c" + kept + "/>";
            };
            return (xml.substring(0, m.start()) + cell + xml.substring(m.end())).getBytes(UTF_8);
        }
    }

    enum Doctype {
        ENTITY_EXPANSION("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>", "&e;"),
        EXTERNAL_ENTITY("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>", "&e;");

        private final String declaration;
        private final String reference;

        Doctype(String declaration, String reference) {
            this.declaration = declaration;
            this.reference = reference;
        }
    }

    /** A document type declared after the XML declaration, its entity used in the first text or value. */
    record AddDoctype(Doctype doctype) implements Mutation {
        @Override
        public byte[] apply(byte[] part) {
            String xml = new String(part, UTF_8);
            int after = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String declared = xml.substring(0, after) + doctype.declaration + xml.substring(after);
            return declared.replaceFirst("<(t|v)>", "<$1>" + Matcher.quoteReplacement(doctype.reference))
                    .getBytes(UTF_8);
        }
    }

    // --------------------------------------------------------------------------------------------------- bytes

    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The zip's entries in order, or null when it is not a zip this can read. */
    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return parts.isEmpty() ? null : parts;
    }
}
