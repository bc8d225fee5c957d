package dev.toolspend.report;

import dev.toolspend.analysis.AnalysisResult;
import dev.toolspend.model.InputFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes {@code toolspend-YYYY-MM.xlsx} and its {@code .json} companion as one {@link OutputSet}: both are
 * written to temporary files in the output folder, then replace the previous pair together, so a reader never
 * sees half a file nor a workbook beside another run's JSON. What a killed run left there is removed first.
 */
public final class ReportWriter {

    private final Labels labels;
    private final String generatedBy;
    private final Stamp stamp;

    /**
     * What every printed page of the workbook names besides its title: the company (may be empty), and the run's
     * input fingerprint (the SHA-256 that identifies the job instance; null: one computed from the files' digests).
     */
    public record Stamp(String company, String inputFingerprint) {

        public Stamp {
            company = company == null ? "" : company.strip();
        }

        /** A SHA-256 over each file's path and digest, in their order: a fingerprint when the run gives none. */
        static String fingerprint(List<InputFile> files) {
            StringBuilder manifest = new StringBuilder();
            files.forEach(f -> manifest.append(f.path()).append('\t').append(f.sha256()).append('\n'));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }
    }

    public ReportWriter(Labels labels, String generatedBy) {
        this(labels, generatedBy, new Stamp("", null));
    }

    public ReportWriter(Labels labels, String generatedBy, Stamp stamp) {
        this.labels = labels;
        this.generatedBy = generatedBy;
        this.stamp = stamp;
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
        OutputSet.removeLeftovers(outputDir);
        String period = result.period().toString();
        Path workbook = workbookPath(outputDir, period);
        try (OutputSet outputs = new OutputSet()) {
            Path workbookTemp = outputs.temp(workbook);
            Path jsonTemp = outputs.temp(jsonPath(outputDir, period));
            try (OutputStream out = Files.newOutputStream(workbookTemp)) {
                new WorkbookWriter(result, inputs, issues, labels, generatedBy, stamp).write(out);
            }
            Files.writeString(jsonTemp, new JsonReport(result, inputs, issues, labels, generatedBy).render(),
                    StandardCharsets.UTF_8);
            outputs.publish();
        }
        return workbook;
    }
}
