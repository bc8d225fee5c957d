package dev.toolspend.ingest.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReadCacheTest {

    @TempDir
    Path dir;

    /** A file rewritten with the same size and modification time (rsync -t, cp -p) within one run. */
    private Path rewriteKeepingSizeAndTime(Path file, String content) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, time);
        return file;
    }

    @Test
    void aDigestIsTakenOncePerCacheAndANewCacheTakesItAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("fx.csv"), "currency,rate\nUSD,1.38\n");
        ReadCache cache = new ReadCache(1);
        String first = cache.digest(file);
        assertThat(first).isEqualTo(Sha256.of(file));

        rewriteKeepingSizeAndTime(file, "currency,rate\nUSD,1.39\n");
        assertThat(cache.digest(file)).as("same run: the digest taken at its start").isEqualTo(first);
        assertThat(Sha256.of(file)).as("Sha256 itself never remembers").isNotEqualTo(first);

        assertThat(new ReadCache(1).digest(file)).as("next run").isEqualTo(Sha256.of(file)).isNotEqualTo(first);
    }

    @Test
    void aChangedSizeOrTimeIsANewFileEvenWithinARun() throws IOException {
        Path file = Files.writeString(dir.resolve("fx.csv"), "currency,rate\nUSD,1.38\n");
        ReadCache cache = new ReadCache(1);
        String first = cache.digest(file);
        Files.writeString(file, "currency,rate\nUSD,1.385\n");
        assertThat(cache.digest(file)).isNotEqualTo(first);
    }

    @Test
    void whatOnePassKeepsIsTakenOnceAndOnlyWhileTheFileIsUnchanged() throws IOException {
        Path file = Files.writeString(dir.resolve("events.csv"), "timestamp,user,app\n");
        ReadCache cache = new ReadCache(1);
        cache.keep(file, "form", "aggregate");
        assertThat(cache.take(file, "other form", String.class)).isNull();
        assertThat(cache.take(file, "form", String.class)).isEqualTo("aggregate");
        assertThat(cache.take(file, "form", String.class)).as("taken once").isNull();

        cache.keep(file, "form", "aggregate");
        Files.writeString(file, "timestamp,user,app\n2026-10-01,a@b.c,Slack\n");
        assertThat(cache.take(file, "form", String.class)).as("the file changed since").isNull();
    }

    @Test
    void threadsDefaultToOnePerCore() {
        assertThat(new ReadCache(0).threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new ReadCache(1).threads()).isEqualTo(1);
    }
}
