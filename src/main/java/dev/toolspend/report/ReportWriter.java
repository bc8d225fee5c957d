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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code toolspend-YYYY-MM.xlsx} and its {@code .json} companion in each report language as one
 * {@link OutputSet}: every file is written to a temporary file in the output folder, then they replace the previous
 * ones together, so a reader never sees half a file nor a workbook beside another run's JSON. What a killed run left
 * there is removed first.
 *
 * <p>The names carry the language, so that two languages never share a name: the default language's files
 * ({@link ReportLanguages#DEFAULT}, English) keep the plain names, {@code toolspend-2026-10.xlsx}; another
 * language's end with its code, {@code toolspend-2026-10-fr.xlsx} and {@code toolspend-2026-10-fr.json}. A run
 * replaces only the files of its own languages.
 */
public final class ReportWriter {

    /** The files of one language. */
    public record Written(String language, Path workbook, Path json) {
    }

    private final List<Labels> languages;
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
        this(List.of(labels), generatedBy, new Stamp("", null));
    }

    public ReportWriter(Labels labels, String generatedBy, Stamp stamp) {
        this(List.of(labels), generatedBy, stamp);
    }

    /**
     * A writer of the report in each of {@code languages}, from one analysis: each language once, in its first place
     * (a list from {@code ReportLanguages}, which refuses an empty or unknown one before a run starts).
     */
    public ReportWriter(List<Labels> languages, String generatedBy, Stamp stamp) {
        Map<String, Labels> once = new LinkedHashMap<>();
        languages.forEach(labels -> once.putIfAbsent(labels.language(), labels));
        this.languages = List.copyOf(once.values());
        this.generatedBy = generatedBy;
        this.stamp = stamp;
    }

    /** {@code toolspend-2026-10.xlsx} in the default language, {@code toolspend-2026-10-fr.xlsx} in French. */
    public static Path workbookPath(Path outputDir, String period, String language) {
        return outputDir.resolve(stem(period, language) + ".xlsx");
    }

    /** {@code toolspend-2026-10.json} in the default language, {@code toolspend-2026-10-fr.json} in French. */
    public static Path jsonPath(Path outputDir, String period, String language) {
        return outputDir.resolve(stem(period, language) + ".json");
    }

    private static String stem(String period, String language) {
        return "toolspend-" + period + (ReportLanguages.DEFAULT.equals(language) ? "" : "-" + language);
    }

    /** What {@link #workbookPath} names, in any language. */
    private static final Pattern WORKBOOK_NAME =
            Pattern.compile("toolspend-(\\d{4}-(?:0[1-9]|1[0-2]))(?:-[A-Za-z]{2,8})?\\.xlsx");

    /**
     * The period a report workbook's file name is of ({@code toolspend-2026-10.xlsx}, {@code toolspend-2026-10-fr.xlsx});
     * empty for any other name, a kept version ({@code toolspend-2026-10.v1.xlsx}) among them.
     */
    public static Optional<String> workbookPeriod(String fileName) {
        Matcher name = WORKBOOK_NAME.matcher(fileName);
        return name.matches() ? Optional.of(name.group(1)) : Optional.empty();
    }

    /** Writes every language's files; returns the first language's workbook. */
    public Path write(AnalysisResult result, InputReport read, Path outputDir) throws IOException {
        return writeAll(result, read, outputDir).get(0).workbook();
    }

    /**
     * Writes the workbook and JSON of every language, published together (all of them or none); returns them in
     * the order of the languages.
     */
    public List<Written> writeAll(AnalysisResult result, InputReport read, Path outputDir) throws IOException {
        InputReport inputs = read.withRejectionsAfterReading(result.rejections());
        Files.createDirectories(outputDir);
        OutputSet.removeLeftovers(outputDir);
        String period = result.period().toString();
        List<Written> written = new ArrayList<>();
        try (OutputSet outputs = new OutputSet()) {
            for (Labels labels : languages) {
                List<QualityIssue> issues = QualityIssue.of(inputs, result, labels);     // the same for both files
                Written files = new Written(labels.language(), workbookPath(outputDir, period, labels.language()),
                        jsonPath(outputDir, period, labels.language()));
                Path workbookTemp = outputs.temp(files.workbook());
                Path jsonTemp = outputs.temp(files.json());
                try (OutputStream out = Files.newOutputStream(workbookTemp)) {
                    new WorkbookWriter(result, inputs, issues, labels, generatedBy, stamp).write(out);
                }
                Files.writeString(jsonTemp, new JsonReport(result, inputs, issues, labels, generatedBy).render(),
                        StandardCharsets.UTF_8);
                written.add(files);
            }
            outputs.publish();
        }
        return List.copyOf(written);
    }
}
