package dev.toolspend.job;

import dev.toolspend.ingest.MinimalXlsx;
import dev.toolspend.job.cli.ToolspendCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month's report survives what anyone with write access to the inbox can drop in it: each hostile file costs
 * one line of Data quality, never a figure, never the run. Made here, with the default limits (the external corpus
 * of POI's hostile workbooks runs apart, PoiCorpusIT).
 */
class HostileFilesIT {

    private static final JsonNode GOLDEN = read(Path.of("src/test/resources/golden/expected-2026-10.json"));

    @TempDir
    Path temp;

    @TempDir
    Path elsewhere;

    @Test
    void longHeadersAndLinksOutOfTheFolderCostOneLineEachAndNoFigure() throws Exception {
        Path input = temp.resolve("in");
        Folders.copy(Path.of("input-samples"), input);
        Files.writeString(input.resolve("billing/no-newline.csv"), "x".repeat(1_200_000));
        Files.writeString(input.resolve("billing/wide.csv"), "date,vendor,amount," + "column,".repeat(10_000) + "\n");
        Files.write(input.resolve("licenses/shared-string.xlsx"), MinimalXlsx.bytes(Map.of("xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                        + MinimalXlsx.noise(1_048_576) + "</t></si></sst>"),
                "<row r=\"1\">" + "<c t=\"s\"><v>0</v></c>".repeat(50) + "</row>"));
        Path secret = Files.writeString(elsewhere.resolve("secret.csv"), "root:x:0:0:root:/root:/bin/bash\n");
        Path outsideBilling = Files.writeString(elsewhere.resolve("card.csv"),
                "date,vendor,amount,currency\n2026-10-05,SLACK TECHNOLOGIES,99999.00,CAD\n");
        Files.createSymbolicLink(input.resolve("x.csv"), secret);
        Files.createSymbolicLink(input.resolve("billing/more.csv"), outsideBilling);
        Files.createSymbolicLink(input.resolve("everything"), elsewhere);

        Path output = temp.resolve("out");
        int status = ToolspendCommand.commandLine().execute("--input", input.toString(), "--output", output.toString(),
                "--data-dir", temp.resolve("data").toString(), "--period", "2026-10");

        assertThat(status).isZero();
        JsonNode report = read(output.resolve("toolspend-2026-10.json"));
        assertThat(JsonFigures.differences(figures(report), figures(GOLDEN))).as("no figure moved").isEmpty();
        String json = Files.readString(output.resolve("toolspend-2026-10.json"));
        String workbook = text(output.resolve("toolspend-2026-10.xlsx"));
        for (String listed : new String[]{"billing/no-newline.csv", "billing/wide.csv", "licenses/shared-string.xlsx",
                "x.csv", "billing/more.csv", "everything"}) {
            assertThat(json).as("JSON lists " + listed).contains(listed);
            assertThat(workbook).as("workbook lists " + listed).contains(listed);
        }
        assertThat(json).contains("toolspend.limits.max-field-chars", "toolspend.limits.max-columns",
                "a link to a file outside the input folder");
        assertThat(report.get("totals").get("notCounted").toString()).as("the report says it is incomplete")
                .contains("\"reason\":\"notRead\"");
        assertThat(json + workbook).as("nothing of a file outside the folder is read")
                .doesNotContain("root:x:0", "99999", "99,999");
    }

    /**
     * 1.1 million rows of sheet XML (about 100 MB, a few MB zipped: not a zip bomb by ratio) beside the samples, in a
     * 512 MB heap: the sheet is streamed, refused at Excel's row limit, and the run finishes with the samples' figures.
     */
    @Test
    void aGiantSheetIsRefusedQuicklyInASmallHeap() throws Exception {
        Path input = temp.resolve("in");
        Folders.copy(Path.of("input-samples"), input);
        try (OutputStream out = Files.newOutputStream(input.resolve("usage/giant.xlsx"))) {
            MinimalXlsx.write(out, Map.of(), sheet -> {
                sheet.write("<row r=\"1\"><c t=\"inlineStr\"><is><t>user</t></is></c><c t=\"inlineStr\"><is><t>tool</t>"
                        + "</is></c><c t=\"inlineStr\"><is><t>last_active</t></is></c></row>");
                for (int r = 2; r <= 1_100_000; r++) {
                    sheet.write("<row r=\"" + r + "\"><c t=\"inlineStr\"><is><t>user" + r % 9973
                            + "@example.com</t></is></c><c t=\"inlineStr\"><is><t>Slack</t></is></c><c><v>"
                            + (46000 + r % 300) + "</v></c></row>");
                }
            });
        }
        Path output = temp.resolve("out");

        ForkedRun.run(temp, "-Xmx512m", Duration.ofSeconds(30), "--input", input.toString(), "--output",
                output.toString(), "--data-dir", temp.resolve("data").toString(), "--period", "2026-10");

        JsonNode report = read(output.resolve("toolspend-2026-10.json"));
        assertThat(JsonFigures.differences(figures(report), figures(GOLDEN))).isEmpty();
        assertThat(Files.readString(output.resolve("toolspend-2026-10.json")))
                .contains("usage/giant.xlsx", "toolspend.limits.max-sheet-rows");
    }

    /**
     * The report's figures, Data quality aside (the hostile files are its lines) and what was not counted (a file not
     * read that may hold billing is said there: the report says it is incomplete).
     */
    private static JsonNode figures(JsonNode report) {
        ObjectNode copy = (ObjectNode) JsonFigures.withoutDetails(report);
        copy.remove("dataQuality");
        ((ObjectNode) copy.get("totals")).remove("notCounted");
        copy.remove("generatedBy");
        return copy;
    }

    /** Every XML part of the workbook, as text: shared strings, sheets, comments. */
    private static String text(Path xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    private static JsonNode read(Path file) {
        return JsonMapper.shared().readTree(file.toFile());
    }
}
