package dev.toolspend.job;

import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.report.ReportWriter;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook and JSON of one report language, as a completed run keeps them in its job execution context: the
 * first language's under the keys every run had ({@link ReportTasklet#WORKBOOK}, {@link ReportTasklet#JSON} and
 * their digests), and every language's under the same keys followed by {@code .<language>}, listed in
 * {@link ReportTasklet#LANGUAGES}. A run made before reports had several languages has only the first keys.
 */
record ReportFiles(String language, Path workbook, Path json, String workbookSha256, String jsonSha256) {

    /** The files written, with their digests. */
    static ReportFiles of(ReportWriter.Written written) throws IOException {
        Path workbook = written.workbook().toAbsolutePath();
        Path json = written.json().toAbsolutePath();
        return new ReportFiles(written.language(), workbook, json, Sha256.of(workbook), Sha256.of(json));
    }

    /** Keeps every language's files in {@code context}, the first language's under the plain keys too. */
    static void put(ExecutionContext context, List<ReportFiles> reports) {
        ReportFiles first = reports.get(0);
        context.putString(ReportTasklet.WORKBOOK, first.workbook().toString());
        context.putString(ReportTasklet.JSON, first.json().toString());
        context.putString(ReportTasklet.WORKBOOK_SHA256, first.workbookSha256());
        context.putString(ReportTasklet.JSON_SHA256, first.jsonSha256());
        context.putString(ReportTasklet.LANGUAGES, String.join(",", reports.stream().map(ReportFiles::language).toList()));
        for (ReportFiles report : reports) {
            String suffix = "." + report.language();
            context.putString(ReportTasklet.WORKBOOK + suffix, report.workbook().toString());
            context.putString(ReportTasklet.JSON + suffix, report.json().toString());
            context.putString(ReportTasklet.WORKBOOK_SHA256 + suffix, report.workbookSha256());
            context.putString(ReportTasklet.JSON_SHA256 + suffix, report.jsonSha256());
        }
    }

    /**
     * The files a completed run wrote, first language first; for a run made before reports had several languages,
     * its one workbook and JSON (their language unknown: null).
     */
    static List<ReportFiles> of(ExecutionContext context) {
        if (!context.containsKey(ReportTasklet.LANGUAGES)) {
            return List.of(new ReportFiles(null, Path.of(context.getString(ReportTasklet.WORKBOOK)),
                    Path.of(context.getString(ReportTasklet.JSON)), context.getString(ReportTasklet.WORKBOOK_SHA256, ""),
                    context.getString(ReportTasklet.JSON_SHA256, "")));
        }
        List<ReportFiles> reports = new ArrayList<>();
        for (String language : context.getString(ReportTasklet.LANGUAGES).split(",", -1)) {
            String suffix = "." + language;
            reports.add(new ReportFiles(language, Path.of(context.getString(ReportTasklet.WORKBOOK + suffix)),
                    Path.of(context.getString(ReportTasklet.JSON + suffix)),
                    context.getString(ReportTasklet.WORKBOOK_SHA256 + suffix, ""),
                    context.getString(ReportTasklet.JSON_SHA256 + suffix, "")));
        }
        return List.copyOf(reports);
    }
}
