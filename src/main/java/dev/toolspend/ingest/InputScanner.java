package dev.toolspend.ingest;

import dev.toolspend.ingest.fast.FastEventLog;
import dev.toolspend.ingest.header.Field;
import dev.toolspend.ingest.header.HeaderMatch;
import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.table.CsvFormat;
import dev.toolspend.ingest.table.CsvTable;
import dev.toolspend.ingest.table.Explained;
import dev.toolspend.ingest.table.FileSnapshot;
import dev.toolspend.ingest.table.InParallel;
import dev.toolspend.ingest.table.MalformedInputException;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.ingest.table.WorkbookFile;
import dev.toolspend.ingest.table.Table;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.table.TextEncoding;
import dev.toolspend.ingest.table.UnreadableFileException;
import dev.toolspend.ingest.table.Workbooks;
import dev.toolspend.ingest.value.ColumnFormats;
import dev.toolspend.ingest.value.FormatProfiler;
import dev.toolspend.ingest.value.IngestSettings;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.Message;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lists the input folder (recursively, in path order) and recognises the kind of every CSV file and
 * workbook sheet from its header row, which may sit below a few title rows.
 */
public final class InputScanner {

    /** How far down a table its header row is looked for. */
    static final int HEADER_SEARCH_ROWS = 10;
    /** The longest path inside the input folder read (the staging tables hold 1,024 characters). */
    private static final int MAX_PATH = 1_000;
    /** How much of a row that is not a header the report shows. */
    private static final int SHOWN_CELLS = 30;
    private static final int SHOWN_CHARS = 100;

    private InputScanner() {
    }

    /**
     * The input files, relative to {@code root}, sorted; hidden files, Office lock files and notes are left out, and
     * so is every entry that is not a regular file inside the folder ({@link #refused}). A file or folder that
     * cannot be read is listed too, so that it is reported, not skipped.
     */
    public static List<Path> listFiles(Path root, Path exclude) throws IOException {
        return walk(root, exclude).found();
    }

    /**
     * What the folder holds that is never read, each with the reason: a symbolic link that leaves the folder, leads
     * nowhere or to a folder, and whatever is not a regular file (a device, a pipe, a socket). A link to a regular
     * file inside the folder is read like the file.
     */
    public static List<IgnoredInput> refused(Path root, Path exclude) throws IOException {
        return walk(root, exclude).refused();
    }

    private record Walk(List<Path> found, List<IgnoredInput> refused) {
    }

    private static Walk walk(Path given, Path exclude) throws IOException {
        Path root = given.toRealPath();
        Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
        Path excludedReal = excluded != null && Files.exists(excluded) ? excluded.toRealPath() : excluded;
        List<Path> found = new ArrayList<>();
        List<IgnoredInput> refused = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                boolean skip = (excludedReal != null && dir.startsWith(excludedReal))
                        || (!dir.equals(root) && dir.getFileName().toString().startsWith("."));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = root.relativize(file);
                if (!isInput(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                Message refusal = slashed(relative).length() > MAX_PATH ? Message.of("ignored.pathTooLong", (long) MAX_PATH)
                        : dropFolderLeftover(relative.getFileName().toString());
                if (refusal == null) {
                    refusal = attributes.isSymbolicLink() ? linkRefusal(root, file)
                            : attributes.isRegularFile() ? null : Message.of("ignored.notRegular");
                }
                if (refusal == null) {
                    found.add(relative);
                } else {
                    String path = slashed(relative);
                    refused.add(new IgnoredInput(path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH) + "…", null,
                            List.of(), refusal));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (isInput(root.relativize(file))) {
                    found.add(root.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> slashed(a).compareTo(slashed(b)));
        refused.sort(java.util.Comparator.comparing(IgnoredInput::path));
        return new Walk(found, refused);
    }

    /** Why a symbolic link is not read, or null when it leads to a regular file inside the folder. */
    private static Message linkRefusal(Path root, Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return Message.of("ignored.linkBroken");
        }
        if (!target.startsWith(root)) {
            return Message.of("ignored.linkOutside");
        }
        if (Files.isDirectory(target)) {
            return Message.of("ignored.linkToFolder");
        }
        return Files.isRegularFile(target) ? null : Message.of("ignored.notRegular");
    }

    /** One digest of every input file's name and content: same files, same fingerprint. */
    public static String fingerprint(Path root, List<Path> files, ReadCache cache) {
        StringBuilder manifest = new StringBuilder();
        for (Path file : files) {
            manifest.append(slashed(file)).append('\t').append(digest(root.resolve(file), cache)).append('\n');
        }
        return Sha256.of(manifest.toString());
    }

    /** The file's SHA-256, or a marker that changes when an unreadable file becomes readable. */
    private static String digest(Path file, ReadCache cache) {
        try {
            return cache.digest(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    public static Inventory scan(Path root, Path exclude) throws IOException {
        return scan(root, exclude, IngestSettings.defaults(java.time.ZoneId.of("America/Toronto")));
    }

    public static Inventory scan(Path root, Path exclude, IngestSettings settings) throws IOException {
        return scan(root, exclude, settings, ReadCache.perCore());
    }

    /**
     * Lists, digests and recognises every input; each recognised table is then read once through to
     * settle its columns' decimal mark and day/month order ({@link FormatProfiler}) with {@code settings}
     * as the fallback. Digests and event-log aggregates go through the run's {@code cache}.
     */
    public static Inventory scan(Path root, Path exclude, IngestSettings settings, ReadCache cache) throws IOException {
        Walk walk = walk(root, exclude);
        List<IgnoredInput> refused = new ArrayList<>(walk.refused());
        List<Path> listed = settled(root, walk.found(), settings.settle(), refused);
        List<InputFile> duplicates = new ArrayList<>();
        listed = withoutDuplicates(root, listed, cache, duplicates, refused);
        // files are scanned two at a time (one with a single read thread), the largest first (an event log's reading takes longest), and
        // their findings put together in path order: the inventory does not depend on which finished first
        List<Path> bySize = new ArrayList<>(listed);
        bySize.sort(java.util.Comparator.comparingLong((Path p) -> sizeOf(root.resolve(p))).reversed());
        List<InParallel.Task<Inventory>> tasks = new ArrayList<>();
        for (Path relative : bySize) {
            tasks.add(() -> scanFile(root, relative, settings, cache));
        }
        List<Inventory> scanned = InParallel.run("inventory", Math.min(2, cache.threads()), tasks, "scanning " + root);
        java.util.Map<Path, Inventory> byPath = new java.util.HashMap<>();
        for (int i = 0; i < bySize.size(); i++) {
            byPath.put(bySize.get(i), scanned.get(i));
        }
        List<InputFile> files = new ArrayList<>();
        List<InputSource> sources = new ArrayList<>();
        List<IgnoredInput> ignored = new ArrayList<>();
        for (Path relative : listed) {
            Inventory one = byPath.get(relative);
            files.addAll(one.files());
            sources.addAll(one.sources());
            ignored.addAll(one.ignored());
        }
        files.addAll(duplicates);
        files.sort(java.util.Comparator.comparing(InputFile::path));
        ignored.addAll(refused);
        return new Inventory(files, sources, ignored);
    }

    /**
     * The files that are not being written: one changed within {@code settle} is looked at again once that time has
     * passed (one wait for all), and left for the next run, listed, if it changed meanwhile.
     */
    private static List<Path> settled(Path root, List<Path> listed, java.time.Duration settle,
                                      List<IgnoredInput> refused) throws IOException {
        if (settle.isZero() || settle.isNegative()) {
            return listed;
        }
        long now = System.currentTimeMillis();
        java.util.Map<Path, FileSnapshot> young = new java.util.LinkedHashMap<>();
        long latest = 0;
        for (Path relative : listed) {
            try {
                FileSnapshot snapshot = FileSnapshot.of(root.resolve(relative));
                long modified = snapshot.modifiedNanos() / 1_000_000;
                if (now - modified < settle.toMillis()) {
                    young.put(relative, snapshot);
                    latest = Math.max(latest, modified);
                }
            } catch (IOException e) {
                // reported when it is read
            }
        }
        if (young.isEmpty()) {
            return listed;
        }
        try {
            Thread.sleep(Math.max(0, latest + settle.toMillis() - System.currentTimeMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();    // the run is being stopped: the files are looked at as they are
        }
        List<Path> kept = new ArrayList<>();
        for (Path relative : listed) {
            FileSnapshot before = young.get(relative);
            if (before != null && !before.equals(snapshotOrNull(root.resolve(relative)))) {
                refused.add(new IgnoredInput(slashed(relative), null, List.of(),
                        Message.of("ignored.beingWritten", settle.toSeconds())));
            } else {
                kept.add(relative);
            }
        }
        return kept;
    }

    private static FileSnapshot snapshotOrNull(Path file) {
        try {
            return FileSnapshot.of(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The files with the first name of each content (path order): the same file dropped twice under two names is read
     * once, the other name listed with the name it repeats (its digest stays in the inventory's files).
     */
    private static List<Path> withoutDuplicates(Path root, List<Path> listed, ReadCache cache,
                                                List<InputFile> duplicates, List<IgnoredInput> refused) {
        java.util.Map<String, String> firstByDigest = new java.util.HashMap<>();
        List<Path> kept = new ArrayList<>();
        for (Path relative : listed) {
            Path file = root.resolve(relative);
            String digest;
            long size;
            try {
                size = Files.size(file);
                digest = size == 0 ? null : cache.digest(file);
            } catch (IOException e) {
                kept.add(relative);                     // said when it is read
                continue;
            }
            String first = digest == null ? null : firstByDigest.putIfAbsent(digest, slashed(relative));
            if (first == null) {
                kept.add(relative);
            } else {
                duplicates.add(new InputFile(slashed(relative), digest, size));
                refused.add(new IgnoredInput(slashed(relative), null, List.of(), Message.of("ignored.duplicate", first)));
            }
        }
        return kept;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** One file: digested, and each of its tables recognised and profiled, or the reason it is ignored. */
    private static Inventory scanFile(Path root, Path relative, IngestSettings settings, ReadCache cache)
            throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<InputSource> sources = new ArrayList<>();
        List<IgnoredInput> ignored = new ArrayList<>();
        Path file = root.resolve(relative);
        String path = slashed(relative);
        FileSnapshot snapshot;
        try {
            snapshot = FileSnapshot.of(file);
            files.add(new InputFile(path, cache.digest(file), snapshot.size()));
        } catch (IOException e) {
            files.add(new InputFile(path, "", 0));
            ignored.add(new IgnoredInput(path, null, List.of(), Message.of("ignored.noAccess",
                    e.getClass().getSimpleName().replace("Exception", ""))));
            return new Inventory(files, sources, ignored);
        }
        Message tooLarge = settings.limits().fileTooLarge(files.get(0).size());
        if (tooLarge != null) {
            ignored.add(new IgnoredInput(path, null, List.of(), Message.of("read.overLimit", tooLarge)));
            return new Inventory(files, sources, ignored);
        }
        String extension = extension(path);
        if (List.of("csv", "tsv", "txt").contains(extension)) {
            try {
                CsvFormat format = CsvFormat.detect(file, cache);
                try (CsvTable table = CsvTable.open(file, format, settings.limits())) {
                    recognise(table, file, path, null, format, settings, cache, sources, ignored);
                }
                if (cache.unverified(file)) {    // a large file judged by its head, and not read as ASCII
                    TextEncoding actual = TextEncoding.verify(file, cache);
                    if (actual != format.encoding()) {
                        cache.forget(file);
                        sources.clear();
                        ignored.clear();
                        CsvFormat corrected = new CsvFormat(actual, format.delimiter());
                        try (CsvTable table = CsvTable.open(file, corrected, settings.limits())) {
                            recognise(table, file, path, null, corrected, settings, cache, sources, ignored);
                        }
                    }
                }
            } catch (IOException e) {
                ignored.add(new IgnoredInput(path, null, List.of(), Explained.of(e)));
            }
        } else if (List.of("xlsx", "xlsm", "xls").contains(extension)) {
            scanWorkbook(file, path, settings, cache, sources, ignored);
        } else {
            ignored.add(new IgnoredInput(path, null, List.of(), Message.of("ignored.notTable")));
        }
        return snapshotted(files, sources, ignored, file, snapshot);
    }

    /**
     * The file's findings, each table with the snapshot its digest was taken on; none when the file changed while
     * it was digested and read (the digest and the rows would describe two files).
     */
    private static Inventory snapshotted(List<InputFile> files, List<InputSource> sources, List<IgnoredInput> ignored,
                                         Path file, FileSnapshot snapshot) {
        String path = files.get(0).path();
        try {
            snapshot.check(file);
        } catch (UnreadableFileException e) {
            return new Inventory(files, List.of(), List.of(new IgnoredInput(path, null, List.of(), e.reason())));
        } catch (IOException e) {
            return new Inventory(files, List.of(), List.of(new IgnoredInput(path, null, List.of(), Explained.of(e))));
        }
        return new Inventory(files, sources.stream().map(s -> s.withSnapshot(snapshot)).toList(), ignored);
    }

    private static void scanWorkbook(Path file, String path, IngestSettings settings, ReadCache cache,
                                     List<InputSource> sources, List<IgnoredInput> ignored) {
        try (WorkbookFile workbook = Workbooks.open(file, settings.limits())) {
            if (workbook.sheets().isEmpty()) {
                ignored.add(new IgnoredInput(path, null, List.of(), Message.of("ignored.noSheet")));
            }
            for (WorkbookFile.SheetEntry sheet : workbook.sheets()) {
                if (sheet.hidden()) {
                    ignored.add(new IgnoredInput(path, sheet.name(), List.of(), Message.of("ignored.hiddenSheet")));
                    continue;
                }
                try (Table table = workbook.table(sheet.name())) {
                    recognise(table, file, path, sheet.name(), null, settings, cache, sources, ignored);
                } catch (UnreadableFileException e) {      // this sheet only: the others are read
                    ignored.add(new IgnoredInput(path, sheet.name(), List.of(), e.reason()));
                }
            }
        } catch (UnreadableFileException e) {
            ignored.add(new IgnoredInput(path, null, List.of(), e.reason()));
        } catch (IOException | RuntimeException e) {
            ignored.add(new IgnoredInput(path, null, List.of(), Message.of("read.corrupt")));
        }
    }

    private static void recognise(Table table, Path file, String path, String sheet, CsvFormat format,
                                  IngestSettings settings, ReadCache cache, List<InputSource> sources,
                                  List<IgnoredInput> ignored)
            throws IOException {
        List<String> firstColumns = null;
        HeaderSchema.NearMiss nearMiss = null;
        for (int seen = 0; seen < HEADER_SEARCH_ROWS; ) {
            TableRow row;
            try {
                row = table.next();
            } catch (MalformedInputException e) {
                break;
            }
            if (row == null) {
                break;
            }
            Message tooLarge = settings.limits().headerTooLarge(row);
            if (tooLarge != null) {         // no header is this large: the table is not read at all
                ignored.add(new IgnoredInput(path, sheet, List.of(), Message.of("read.overLimit", tooLarge)));
                return;
            }
            if (row.blank() || row.problem() != null) {
                continue;
            }
            seen++;
            List<String> texts = row.texts();
            if (firstColumns == null) {
                firstColumns = shown(texts);
            }
            Optional<HeaderMatch> match = HeaderSchema.recognise(texts);
            if (match.isEmpty() && nearMiss == null) {
                nearMiss = HeaderSchema.nearMiss(texts).orElse(null);
            }
            if (match.isPresent()) {
                ColumnFormats formats = profile(table, file, new InputSource(path, sheet, match.get(), row.line(), format,
                        ColumnFormats.NONE, null), settings, cache);
                sources.add(new InputSource(path, sheet, match.get(), row.line(), format, formats, null));
                return;
            }
        }
        ignored.add(new IgnoredInput(path, sheet, firstColumns == null ? List.of() : firstColumns,
                firstColumns == null ? Message.of("ignored.empty")
                        : nearMiss == null ? Message.of("ignored.noHeader") : looksLike(nearMiss)));
    }

    /** What the report shows of a row that is not a header: its first cells, each cut short. */
    private static List<String> shown(List<String> texts) {
        return texts.stream().limit(SHOWN_CELLS)
                .map(t -> t.length() <= SHOWN_CHARS ? t : t.substring(0, SHOWN_CHARS) + "…").toList();
    }

    /** "looks like FX rates but has no rate column": the kind, and the fields it lacks. */
    private static Message looksLike(HeaderSchema.NearMiss nearMiss) {
        List<Object> fields = new ArrayList<>();
        for (List<Field> alternatives : nearMiss.missing()) {
            fields.add(alternatives.size() == 1 ? Message.of("field." + alternatives.get(0))
                    : Message.of("either", Message.of("field." + alternatives.get(0)),
                    Message.of("field." + alternatives.get(1))));
        }
        return Message.of("ignored.looksLike." + nearMiss.kind(), new Message("list." + fields.size(), fields));
    }

    /**
     * Reads the rest of the table once to settle how its amount and date columns are written; a plain
     * event log (of any size) is read from its bytes, on the run's read threads, and its aggregate kept in the run's cache
     * for the read step ({@link FastEventLog#profileAndKeep}).
     */
    private static ColumnFormats profile(Table table, Path file, InputSource source, IngestSettings settings,
                                         ReadCache cache) throws IOException {
        HeaderMatch header = source.header();
        long headerLine = source.headerLine();
        FormatProfiler profiler = new FormatProfiler(header.amountColumns(), header.dateColumns());
        if (source.sheet() == null && FastEventLog.profileAndKeep(file, source, new Values(settings), profiler,
                cache)) {
            return profiler.formats(settings);
        }
        if (table instanceof CsvTable csv) {
            csv.expectFields(header.header().size());
        }
        for (TableRow row; (row = table.next()) != null; ) {
            if (row.line() > headerLine && row.problem() == null) {
                profiler.observe(row);
            }
        }
        return profiler.formats(settings);
    }

    /** Whether a file is worth a line at all: notes (README, *.md) and what hidden folders hold are not. */
    private static boolean isInput(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return false;
            }
        }
        String lower = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return !lower.endsWith(".md") && !lower.startsWith("readme");
    }

    /**
     * Why a file is what an office suite, a browser or a copy leaves in a drop folder, not an input: a lock file
     * ({@code ~$x.xlsx}, {@code .~lock.x.xlsx#}), a hidden file, a partial download or copy ({@code .tmp}, {@code
     * .part}, {@code .crdownload}); null for any other file.
     */
    static Message dropFolderLeftover(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || (name.startsWith(".~lock.") && name.endsWith("#"))) {
            return Message.of("ignored.lockFile");
        }
        if (name.startsWith(".")) {
            return Message.of("ignored.hidden");
        }
        if (lower.endsWith(".tmp") || lower.endsWith(".part") || lower.endsWith(".crdownload")) {
            return Message.of("ignored.partial");
        }
        return null;
    }

    static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
