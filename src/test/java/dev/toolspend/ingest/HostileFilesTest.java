package dev.toolspend.ingest;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.ingest.table.Table;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.table.UnreadableFileException;
import dev.toolspend.ingest.value.IngestSettings;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files made to hurt the reader (too long, too wide, too many rows, links out of the folder, a file rewritten while
 * read), made here: each is listed as not read with the limit or the rule named, and the good file beside it is
 * read. The limits are set small where a realistic file would take long to make; the defaults are held by the
 * job's own test (HostileFilesIT).
 */
class HostileFilesTest {

    private static final String GOOD = "date,vendor,amount\n2026-10-01,SLACK,12.00\n";

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private static IngestSettings limited(ReadLimits limits) {
        return IngestSettings.defaults(ZoneId.of("America/Toronto")).withLimits(limits);
    }

    private Map<String, String> ignored(IngestSettings settings) throws IOException {
        Inventory inventory = InputScanner.scan(dir, null, settings);
        assertThat(inventory.sources()).extracting(InputSource::path).contains("good.csv");
        Map<String, String> reasons = new TreeMap<>();
        for (IgnoredInput ignored : inventory.ignored()) {
            reasons.put(ignored.path() + (ignored.sheet() == null ? "" : " [" + ignored.sheet() + "]"),
                    English.of(ignored.reason()));
            assertThat(String.join("", ignored.columns()).length()).as("what the report shows of it is short")
                    .isLessThan(5_000);
        }
        return reasons;
    }

    @Test
    void aFirstRowOfAMillionCharactersIsRefusedWithTheLimitNamed() throws IOException {
        Files.writeString(dir.resolve("good.csv"), GOOD);
        Files.writeString(dir.resolve("no-newline.csv"), "x".repeat(1_200_000));
        Files.writeString(dir.resolve("wide.csv"), "date,vendor,amount," + "column,".repeat(10_000) + "\n1,2,3\n");
        Files.writeString(dir.resolve("long-header.csv"), "date,vendor,amount" + ",".concat("y".repeat(999)).repeat(70)
                + "\n1,2,3\n");
        Files.write(dir.resolve("shared-string.xlsx"), MinimalXlsx.bytes(Map.of("xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                        + MinimalXlsx.noise(1_048_576) + "</t></si></sst>"),
                "<row r=\"1\">" + "<c t=\"s\"><v>0</v></c>".repeat(50) + "</row>"));

        Map<String, String> reasons = ignored(IngestSettings.defaults(ZoneId.of("America/Toronto")));

        assertThat(reasons.get("no-newline.csv")).startsWith("not read: row 1 has a cell of 1,200,000 characters")
                .contains("toolspend.limits.max-field-chars");
        assertThat(reasons.get("wide.csv")).startsWith("not read: row 1 has 10,004 columns")
                .contains("toolspend.limits.max-columns");
        assertThat(reasons.get("long-header.csv")).startsWith("not read: row 1 holds 69,946 characters")
                .contains("toolspend.limits.max-header-chars");
        assertThat(reasons.get("shared-string.xlsx [Sheet1]")).contains("toolspend.limits.max-field-chars");
    }

    /** An external entity in any part the reader parses: refused, and not a byte of the target read. */
    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Files.writeString(dir.resolve("good.csv"), GOOD);
        Path target = Files.writeString(elsewhere.resolve("secret.txt"), "TOP-SECRET-LINE");
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + target.toUri() + "\">]>";
        String header = "<row r=\"1\"><c t=\"inlineStr\"><is><t>date</t></is></c><c t=\"inlineStr\"><is><t>vendor"
                + "</t></is></c><c t=\"inlineStr\"><is><t>amount</t></is></c></row>";
        Files.write(dir.resolve("in-sheet.xlsx"), rewrite(MinimalXlsx.bytes(Map.of(), header
                + "<row r=\"2\"><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"), "xl/worksheets/sheet1.xml", doctype));
        Files.write(dir.resolve("in-strings.xlsx"), rewrite(MinimalXlsx.bytes(Map.of("xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<si><t>&xxe;</t></si></sst>"), "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"),
                "xl/sharedStrings.xml", doctype));

        Inventory inventory = InputScanner.scan(dir, null);

        assertThat(inventory.sources()).extracting(InputSource::path).containsExactly("good.csv");
        assertThat(inventory.ignored()).extracting(IgnoredInput::path).contains("in-sheet.xlsx", "in-strings.xlsx");
        assertThat(inventory.ignored().toString()).doesNotContain("TOP-SECRET");
    }

    /**
     * What no staging column could hold is cut or rejected where it is read, never left for the database to refuse:
     * a sheet name of 300 characters (Excel allows 31) is cut to 255, a typed price of 1E300 rejects its row.
     */
    @Test
    void aHugeSheetNameAndAHugeTypedNumberStopAtTheReader() throws IOException {
        Files.writeString(dir.resolve("good.csv"), GOOD);
        String register = "<row r=\"1\"><c t=\"inlineStr\"><is><t>Tool</t></is></c><c t=\"inlineStr\"><is><t>Seats</t>"
                + "</is></c><c t=\"inlineStr\"><is><t>Price per seat</t></is></c><c t=\"inlineStr\"><is><t>Currency</t>"
                + "</is></c></row><row r=\"2\"><c t=\"inlineStr\"><is><t>Slack</t></is></c><c><v>10</v></c><c><v>1E300"
                + "</v></c><c t=\"inlineStr\"><is><t>CAD</t></is></c></row>";
        String name = "L".repeat(300);
        Files.write(dir.resolve("register.xlsx"), MinimalXlsx.withPart(MinimalXlsx.bytes(Map.of(), register),
                "xl/workbook.xml", xml -> new String(xml, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("name=\"Sheet1\"", "name=\"" + name + "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        Inventory inventory = InputScanner.scan(dir, null);
        InputSource source = inventory.sources().stream().filter(s -> s.path().equals("register.xlsx")).findFirst()
                .orElseThrow();

        assertThat(source.sheet()).isEqualTo(name.substring(0, 255));
        List<String> reasons = new java.util.ArrayList<>();
        try (var reader = Tables.reader(dir, source, dev.toolspend.ingest.mapper.Mappers.licenses(source),
                new dev.toolspend.ingest.value.Values(IngestSettings.defaults(ZoneId.of("America/Toronto"))))) {
            for (var result = reader.next(); result != null; result = reader.next()) {
                if (result instanceof dev.toolspend.ingest.read.RowResult.Rejected<?> rejected) {
                    reasons.add(English.of(rejected.rejection().reason()));
                }
            }
        }
        assertThat(reasons).singleElement().asString().contains("not a plausible amount");
    }

    /** The workbook with a document type declaration put before the root element of one part. */
    private static byte[] rewrite(byte[] xlsx, String part, String doctype) throws IOException {
        return MinimalXlsx.withPart(xlsx, part, bytes -> {
            String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            int root = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            return (xml.substring(0, root) + doctype + xml.substring(root)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadAtAll() throws IOException {
        Files.writeString(dir.resolve("good.csv"), GOOD);
        Files.writeString(dir.resolve("big.csv"), GOOD + "2026-10-02,ZOOM,15.00\n".repeat(100));

        Map<String, String> reasons = ignored(limited(new ReadLimits(1_000, 100, 1_000, 10, 100, 10_000)));

        assertThat(reasons).containsOnlyKeys("big.csv");
        assertThat(reasons.get("big.csv")).startsWith("not read: the file holds " + String.format(java.util.Locale.ROOT, "%,d",
                Files.size(dir.resolve("big.csv"))) + " bytes, more than the 1,000 allowed (setting "
                + "toolspend.limits.max-file-bytes)");
    }

    @Test
    void aSheetOverTheRowOrPartLimitIsNotReadAndTheOtherSheetsAre() throws IOException {
        Files.writeString(dir.resolve("good.csv"), GOOD);
        String rows = "<row><c t=\"inlineStr\"><is><t>date</t></is></c><c t=\"inlineStr\"><is><t>vendor</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>amount</t></is></c></row>"
                + ("<row><c t=\"inlineStr\"><is><t>2026-10-01</t></is></c><c t=\"inlineStr\"><is><t>ZOOM</t></is></c>"
                + "<c><v>15</v></c></row>").repeat(200);
        Files.write(dir.resolve("long.xlsx"), MinimalXlsx.bytes(Map.of(), rows));
        Files.write(dir.resolve("large.xlsx"), MinimalXlsx.bytes(Map.of(), rows + "<row><c><v>1</v></c></row>".repeat(2_000)));

        Map<String, String> reasons = ignored(limited(new ReadLimits(1 << 20, 100, 1_000, 10, 500, 60_000)));

        assertThat(reasons.get("long.xlsx [Sheet1]")).isNull();
        assertThat(reasons.get("large.xlsx [Sheet1]")).satisfiesAnyOf(
                r -> assertThat(r).contains("toolspend.limits.max-sheet-rows"),
                r -> assertThat(r).contains("toolspend.limits.max-part-bytes"));
        Map<String, String> fewRows = ignored(limited(new ReadLimits(1 << 20, 100, 1_000, 10, 100, 1 << 20)));
        assertThat(fewRows.get("long.xlsx [Sheet1]")).isEqualTo(
                "not read: the sheet has more than 100 rows (setting toolspend.limits.max-sheet-rows); "
                        + "if the file is genuine, raise the limit");
        Map<String, String> smallParts = ignored(limited(new ReadLimits(1 << 20, 100, 1_000, 10, 100_000, 5_000)));
        assertThat(smallParts.get("large.xlsx [Sheet1]")).contains("toolspend.limits.max-part-bytes");
    }

    @Test
    void aRowWithACellOverTheLimitIsRejectedAndTheRestRead() throws IOException {
        Files.writeString(dir.resolve("good.csv"), GOOD + "2026-10-02," + "Z".repeat(200) + ",15.00\n"
                + "2026-10-03,ZOOM,16.00\n");
        Inventory inventory = InputScanner.scan(dir, null, limited(new ReadLimits(1 << 20, 100, 1_000, 10, 100, 1 << 20)));
        InputSource source = inventory.sources().get(0);
        try (Table table = Tables.open(dir, source, new ReadLimits(1 << 20, 100, 1_000, 10, 100, 1 << 20))) {
            table.next();
            assertThat(table.next().problem()).isNull();
            TableRow tooLong = table.next();
            assertThat(English.of(tooLong.problem())).isEqualTo("row 3 has a cell of 200 characters, more than the "
                    + "100 allowed (setting toolspend.limits.max-field-chars)");
            assertThat(table.next().text(1)).isEqualTo("ZOOM");
        }
    }

    @Test
    void onlyRegularFilesInsideTheFolderAreRead() throws Exception {
        Files.writeString(dir.resolve("good.csv"), GOOD);
        Path secret = Files.writeString(elsewhere.resolve("passwd.csv"), "date,vendor,amount\n2026-10-01,SECRET,999\n");
        Files.createSymbolicLink(dir.resolve("x.csv"), secret);
        Files.createSymbolicLink(dir.resolve("same.csv"), dir.resolve("good.csv"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("nowhere.csv"), dir.resolve("missing.csv"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.csv").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        Inventory inventory = InputScanner.scan(dir, null);
        Map<String, String> reasons = ignored(IngestSettings.defaults(ZoneId.of("America/Toronto")));

        assertThat(inventory.sources()).extracting(InputSource::path).containsExactly("good.csv");
        assertThat(reasons).containsOnlyKeys("x.csv", "loop", "nowhere.csv", "pipe.csv", "same.csv");
        assertThat(reasons.get("same.csv")).as("a link inside the folder is its file: read once")
                .startsWith("the same content as good.csv");
        assertThat(reasons.get("x.csv")).startsWith("a link to a file outside the input folder: not read");
        assertThat(reasons.get("loop")).startsWith("a link to a folder: not followed");
        assertThat(reasons.get("nowhere.csv")).startsWith("a link that leads to no file");
        assertThat(reasons.get("pipe.csv")).startsWith("not a regular file");
        assertThat(InputScanner.listFiles(dir, null)).extracting(Path::toString).containsExactly("good.csv", "same.csv");
    }

    @Test
    void aFileChangedAfterItsDigestIsNotReadInPart() throws IOException {
        Path file = Files.writeString(dir.resolve("good.csv"), GOOD + "2026-10-02,ZOOM,15.00\n");
        InputSource source = InputScanner.scan(dir, null).sources().get(0);
        long before = Files.size(file);
        try (Table table = Tables.open(dir, source, ReadLimits.DEFAULTS)) {
            table.next();
            table.next();
            try (Writer out = Files.newBufferedWriter(file, StandardOpenOption.APPEND)) {
                out.write("2026-10-03,ZOOM,9999.00\n");
            }
            long after = Files.size(file);
            assertThatThrownBy(() -> {
                while (table.next() != null) {
                    // read to the end: the check is made there
                }
            }).isInstanceOf(UnreadableFileException.class)
                    .satisfies(e -> assertThat(English.of(((UnreadableFileException) e).reason()))
                            .startsWith("not read: the file changed while it was read (from " + before + " to "
                                    + after + " bytes"));
        }
        assertThatThrownBy(() -> Tables.open(dir, source, ReadLimits.DEFAULTS).close())
                .as("nor read again as another file").isInstanceOf(UnreadableFileException.class);
    }
}
