package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes {@code toolspend-YYYY-MM.xlsx} and its {@code .json} companion. Each is written to a
 * temporary file in the output folder and then renamed, so a reader never sees half a file.
 */
public final class ReportWriter {

    private final Labels labels;
    private final String generatedBy;

    public ReportWriter(Labels labels, String generatedBy) {
        this.labels = labels;
        this.generatedBy = generatedBy;
    }

    public static Path workbookPath(Path outputDir, String period) {
        return outputDir.resolve("toolspend-" + period + ".xlsx");
    }

    public static Path jsonPath(Path outputDir, String period) {
        return outputDir.resolve("toolspend-" + period + ".json");
    }

    public Path write(AnalysisResult result, InputReport read, Path outputDir) throws IOException {
        InputReport inputs = read.withRejectionsAfterReading(result.rejections());
        List<QualityIssue> issues = QualityIssue.of(inputs, result, labels);     // the same for both files
        Files.createDirectories(outputDir);
        String period = result.period().toString();
        // not Files.createTempFile: its owner-only mode would survive the rename and lock readers out
        String unique = Long.toHexString(System.nanoTime());
        Path workbookTemp = Files.createFile(outputDir.resolve(".toolspend-" + period + "-" + unique + ".xlsx.tmp"));
        Path jsonTemp = Files.createFile(outputDir.resolve(".toolspend-" + period + "-" + unique + ".json.tmp"));
        try {
            try (OutputStream out = Files.newOutputStream(workbookTemp)) {
                new WorkbookWriter(result, inputs, issues, labels, generatedBy).write(out);
            }
            Files.writeString(jsonTemp, new JsonReport(result, inputs, issues, labels, generatedBy).render(),
                    StandardCharsets.UTF_8);
            Path workbook = workbookPath(outputDir, period);
            publish(workbookTemp, workbook);
            publish(jsonTemp, jsonPath(outputDir, period));
            return workbook;
        } finally {
            Files.deleteIfExists(workbookTemp);
            Files.deleteIfExists(jsonTemp);
        }
    }

    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
