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
                                "no recognised header (billing, licenses, usage, FX rates, roster or user catalog)"));
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
}
