package dev.toolspend.ingest.table;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.fast.FastEventLog;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.UsageRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large file is taken for UTF-8 on its head and confirmed by the reading that goes through all of it;
 * when its tail is not UTF-8 after all, the inventory finds out and reads it as Windows-1252. (The sizes
 * are lowered here; in use, 64 MB and a 1 MB head.)
 */
class DeferredEncodingTest {

    @TempDir
    Path dir;

    private Path log(String name, String lastUser, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("timestamp,user,app\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 100; i++) {
            bytes.writeBytes(("2026-10-0" + (1 + i % 9) + "T10:00:00Z,user" + i + "@example.com,Slack\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        bytes.writeBytes(("2026-10-20T10:00:00Z," + lastUser + ",Slack\n").getBytes(charset));
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private final ReadCache cache = ReadCache.withHeadCheck(2, 1_000, 200);

    private InputSource scan(Path file) throws IOException {
        return InputScanner.scan(dir, null, Fixture.SETTINGS, cache).sources().stream()
                .filter(s -> s.path().equals(file.getFileName().toString())).findFirst().orElseThrow();
    }

    @Test
    void aLargeFileIsTakenForUtf8OnItsHeadUntilARunConfirmsIt() throws IOException {
        Path file = log("events.csv", "rené@exemple.ca", Charset.forName("windows-1252"));
        assertThat(TextEncoding.detect(file, cache)).isEqualTo(TextEncoding.UTF_8);
        assertThat(cache.unverified(file)).isTrue();
        assertThat(TextEncoding.verify(file, cache)).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(cache.unverified(file)).isFalse();
        assertThat(TextEncoding.detect(file)).as("outside a run: checked in full").isEqualTo(TextEncoding.WINDOWS_1252);
    }

    @Test
    void aWindows1252TailIsFoundAndReadAsSuch() throws IOException {
        Path file = log("events.csv", "rené@exemple.ca", Charset.forName("windows-1252"));
        InputSource source = scan(file);
        assertThat(source.format().encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(cache.unverified(file)).isFalse();
        FastEventLog.Result read = FastEventLog.read(dir, source, new Values(Fixture.SETTINGS), 2);
        assertThat(read.rows()).extracting(UsageRow::user).contains("rené@exemple.ca");
    }

    @Test
    void aUtf8TailIsKeptAsUtf8() throws IOException {
        Path file = log("events.csv", "rené@exemple.ca", StandardCharsets.UTF_8);
        InputSource source = scan(file);
        assertThat(source.format().encoding()).isEqualTo(TextEncoding.UTF_8);
        FastEventLog.Result read = FastEventLog.read(dir, source, new Values(Fixture.SETTINGS), 2);
        assertThat(read.rows()).extracting(UsageRow::user).contains("rené@exemple.ca");
    }

    @Test
    void anAsciiLogIsConfirmedByItsReading() throws IOException {
        Path file = log("events.csv", "rene@exemple.ca", StandardCharsets.US_ASCII);
        assertThat(scan(file).format().encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(cache.unverified(file)).isFalse();
    }

    @Test
    void aLargeFileOtherThanAnEventLogIsCheckedInFull() throws IOException {
        StringBuilder csv = new StringBuilder("user,tool,last_active\n");
        for (int i = 0; i < 60; i++) {
            csv.append("user").append(i).append("@example.com,Slack,2026-10-01\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(csv.toString().getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("zoé@exemple.ca,Slack,2026-10-02\n".getBytes(Charset.forName("windows-1252")));
        Path file = Files.write(dir.resolve("list.csv"), bytes.toByteArray());
        assertThat(scan(file).format().encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
    }
}
