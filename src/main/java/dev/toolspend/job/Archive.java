package dev.toolspend.job;

import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.table.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code --archive DIR}: after a successful run, its inputs, workbook and JSON (each report language's) are copied to
 * {@code DIR/YYYY-MM/<run>/} with {@code manifest.json} (each input's name, kind, SHA-256, size and rows read, used,
 * rejected and skipped). The copies are verified: their fingerprint must be the one the run was identified by, so
 * the archive holds exactly the files the report was made of. Only then, with {@code --archive-move}, does each
 * original leave the inbox, and only if it is still the file that was copied.
 */
final class Archive {

    private static final DateTimeFormatter RUN = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What the archive holds, and how many originals left the inbox. */
    record Archived(Path folder, int files, int moved) {
    }

    private Archive() {
    }

    /**
     * Archives the run: its inputs, and {@code reports} (each language's workbook and JSON, each copy checked
     * against its original), the manifest's counts from {@code json}. Throws {@code archiveChanged}, having removed its
     * partial copy, when the copies are not the files the run read (the inbox changed since), and then moves nothing.
     */
    static Archived of(Path input, Path output, Path root, String period, String fingerprint, List<Path> reports,
                       Path json, boolean move) throws IOException {
        List<Path> files = InputScanner.listFiles(input, output);
        Path folder = newFolder(root.resolve(period), RUN.format(Instant.now()) + "-" + fingerprint.substring(0, 8));
        Path copies = folder.resolve("inputs");
        ReadCache copied = new ReadCache(1);         // each copy digested once: for the check, the manifest, the move
        try {
            for (Path relative : files) {
                Path target = copies.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(input.resolve(relative), target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            if (!InputScanner.fingerprint(copies, files, copied).equals(fingerprint)) {
                throw new RunStoppedException("archiveChanged");
            }
            for (Path report : reports) {
                Files.copy(report, folder.resolve(report.getFileName()));
                if (!Sha256.of(report).equals(Sha256.of(folder.resolve(report.getFileName())))) {
                    throw new RunStoppedException("archiveCopyDiffers", report.getFileName().toString());
                }
            }
            Files.writeString(folder.resolve("manifest.json"), manifest(copies, files, json, copied), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
        int moved = 0;
        if (move) {
            for (Path relative : files) {
                Path original = input.resolve(relative);
                if (Sha256.of(original).equals(copied.digest(copies.resolve(relative.toString())))) {
                    Files.delete(original);
                    moved++;
                }
            }
        }
        return new Archived(folder, files.size(), moved);
    }

    /** A folder of its own for this run (two runs in one second get two), never one that held something before. */
    private static Path newFolder(Path parent, String name) throws IOException {
        Files.createDirectories(parent);
        for (int n = 1; ; n++) {
            Path folder = parent.resolve(n == 1 ? name : name + "-" + n);
            try {
                return Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // the next name
            }
        }
    }

    private static String manifest(Path copies, List<Path> files, Path json, ReadCache copied) throws IOException {
        JsonNode tables = JsonMapper.shared().readTree(json.toFile()).get("dataQuality").get("tables");
        ObjectNode root = JsonMapper.shared().createObjectNode();
        ArrayNode list = root.putArray("files");
        for (Path relative : files) {
            String name = relative.toString().replace('\\', '/');
            Path copy = copies.resolve(relative.toString());
            ObjectNode file = list.addObject();
            file.put("name", name);
            file.put("sha256", copied.digest(copy));
            file.put("size", Files.size(copy));
            ArrayNode read = file.putArray("tables");
            for (JsonNode table : tables) {
                if (name.equals(table.get("file").asString())) {
                    ObjectNode one = read.addObject();
                    one.put("sheet", table.get("sheet").isNull() ? null : table.get("sheet").asString());
                    one.put("kind", table.get("kind").asString());
                    for (String count : new String[]{"read", "used", "rejected", "skipped"}) {
                        one.put(count, table.get(count).asLong());
                    }
                }
            }
            file.put("kind", read.isEmpty() ? "notRead" : read.get(0).get("kind").asString());
        }
        return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
