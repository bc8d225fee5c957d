package dev.toolspend.job;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code last-run.json} beside the outputs, rewritten by every run, whatever its end: for a monitoring check that
 * alerts when the last run did not end well. Its fields are stable names, not sentences (the reason's text is there
 * too, in the report language, for a person reading it).
 */
final class LastRun {

    static final String FILE = "last-run.json";

    private final ObjectNode root = JsonMapper.shared().createObjectNode();

    LastRun(String period, Path input) {
        root.put("status", "running");
        root.put("period", period);
        root.put("input", input.toAbsolutePath().normalize().toString());
        root.put("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    void alreadyDone() {
        root.put("status", "alreadyDone");
    }

    void stopped(String reasonKey, String reasonText) {
        root.put("status", "stopped");
        root.put("reason", reasonKey);
        root.put("reasonText", reasonText);
    }

    /**
     * The outputs of a completed run, and their counts as the JSON report states them: {@code workbook} and
     * {@code json} the first language's, {@code reports} every language's (the figures are the same in each).
     */
    void outputs(List<ReportFiles> reports, String savings, String currency) {
        if (!"alreadyDone".equals(root.get("status").asString())) {
            root.put("status", "completed");
        }
        Path json = reports.get(0).json();
        root.put("workbook", reports.get(0).workbook().toString());
        root.put("json", json.toString());
        ArrayNode all = root.putArray("reports");
        for (ReportFiles report : reports) {
            ObjectNode one = all.addObject();
            one.put("language", report.language());
            one.put("workbook", report.workbook().toString());
            one.put("json", report.json().toString());
        }
        root.put("identifiedAnnualSavings", savings);
        root.put("currency", currency);
        try {
            JsonNode quality = JsonMapper.shared().readTree(json.toFile()).get("dataQuality");
            ObjectNode counts = root.putObject("counts");
            for (String field : new String[]{"filesRead", "filesIgnored", "rowsRead", "rowsRejected"}) {
                if (quality != null && quality.has(field)) {
                    counts.put(field, quality.get(field).asLong());
                }
            }
        } catch (RuntimeException e) {
            root.put("countsUnavailable", String.valueOf(e.getMessage()));
        }
    }

    void archived(Path folder) {
        root.put("archive", folder.toString());
    }

    /** Writes the file (a temporary file renamed over it, so a monitor never reads half of it); false when it cannot. */
    boolean write(Path outputDir, int exitCode) {
        root.put("exitCode", exitCode);
        root.put("endedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            Files.createDirectories(outputDir);
            Path temp = Files.createTempFile(outputDir, ".last-run-", ".json.tmp");
            Files.writeString(temp, JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(root),
                    StandardCharsets.UTF_8);
            try {
                Files.move(temp, outputDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, outputDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
