package dev.toolspend.ingest;

import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputFile;
import dev.toolspend.model.InputKind;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InputScannerTest {

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void recognisesKindsByHeaderNotByNameAndListsWhatItIgnores() throws IOException {
        write("b/whatever.csv", "date,vendor,amount\n2026-10-01,X,1\n");
        write("fx.txt", "currency,rate\nUSD,1.38\n");
        write("notes/contacts.csv", "vendor,contact,phone\nX,Y,Z\n");
        write("invoice.pdf", "%PDF-1.4");
        write("README.md", "# notes");
        write(".hidden/secret.csv", "currency,rate\n");
        write("~$register.xlsx", "lock");
        write("out/toolspend-2026-10.json", "{}");

        Inventory inventory = InputScanner.scan(dir, dir.resolve("out"));

        assertThat(inventory.files()).extracting(InputFile::path)
                .containsExactly("b/whatever.csv", "fx.txt", "invoice.pdf", "notes/contacts.csv");
        assertThat(inventory.sources()).extracting(InputSource::path, InputSource::kind, InputSource::headerLine)
                .containsExactly(tuple("b/whatever.csv", InputKind.BILLING, 1L), tuple("fx.txt", InputKind.FX, 1L));
        assertThat(inventory.ignored()).extracting(IgnoredInput::path, IgnoredInput::columns, i -> English.of(i.reason()))
                .containsExactly(
                        tuple("invoice.pdf", List.of(), "not a CSV file or an Excel workbook"),
                        tuple("notes/contacts.csv", List.of("vendor", "contact", "phone"),
                                "no recognised header (billing, licenses, usage, FX rates, roster or user catalog)"),
                        tuple("~$register.xlsx", List.of(),
                                "a lock file an office suite leaves while a document is open: not read"));
    }

    @Test
    void theFingerprintFollowsContentNotTimestamps() throws IOException {
        write("fx.csv", "currency,rate\nUSD,1.38\n");
        List<Path> files = InputScanner.listFiles(dir, null);
        String first = InputScanner.fingerprint(dir, files, new ReadCache(1));
        Files.setLastModifiedTime(dir.resolve("fx.csv"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(InputScanner.fingerprint(dir, files, new ReadCache(1))).isEqualTo(first);
        write("fx.csv", "currency,rate\nUSD,1.39\n");
        assertThat(InputScanner.fingerprint(dir, files, new ReadCache(1))).isNotEqualTo(first);
    }

    /**
     * What office suites, browsers and copies leave in a drop folder is listed, not read; the same content under two
     * names is read once; a file still being written is left for the next run.
     */
    @Test
    void dropFolderLeftoversAreListedNotRead() throws Exception {
        String billing = "date,vendor,amount\n2026-10-01,SLACK,12.00\n";
        write("card.csv", billing);
        write("card (1).csv", billing);
        write("~$register.xlsx", "lock");
        write(".~lock.register.xlsx#", "lock");
        write(".DS_Store", "x");
        write("statement.csv.part", billing);
        write("statement.csv.crdownload", billing);
        write("export.tmp", billing);
        write("growing.csv", billing);
        Path growing = dir.resolve("growing.csv");
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(400);
                Files.writeString(growing, billing + "2026-10-02,ZOOM,15.00\n");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();

        Inventory inventory = InputScanner.scan(dir, null, dev.toolspend.ingest.value.IngestSettings
                .defaults(java.time.ZoneId.of("America/Toronto")).withSettle(java.time.Duration.ofSeconds(1)));
        writer.join();

        assertThat(inventory.sources()).extracting(InputSource::path).containsExactly("card (1).csv");
        assertThat(inventory.ignored()).extracting(IgnoredInput::path, i -> English.of(i.reason()))
                .containsExactlyInAnyOrder(
                        tuple("card.csv", "the same content as card (1).csv: read once, under that name"),
                        tuple("~$register.xlsx", "a lock file an office suite leaves while a document is open: not read"),
                        tuple(".~lock.register.xlsx#", "a lock file an office suite leaves while a document is open: not read"),
                        tuple(".DS_Store", "a hidden file: not read"),
                        tuple("statement.csv.part", "a partial download or copy (.tmp, .part, .crdownload): not read; "
                                + "it is read once complete under its own name"),
                        tuple("statement.csv.crdownload", "a partial download or copy (.tmp, .part, .crdownload): not "
                                + "read; it is read once complete under its own name"),
                        tuple("export.tmp", "a partial download or copy (.tmp, .part, .crdownload): not read; it is read "
                                + "once complete under its own name"),
                        tuple("growing.csv", "still being written (it changed within 1 second): read at the next run"));
        assertThat(inventory.files()).extracting(InputFile::path).contains("card.csv", "card (1).csv");
    }
}
