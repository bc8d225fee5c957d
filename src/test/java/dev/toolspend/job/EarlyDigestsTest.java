package dev.toolspend.job;

import dev.toolspend.ingest.table.ReadCache;
import dev.toolspend.ingest.table.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyDigestsTest {

    @TempDir
    Path dir;

    @Test
    void theRunUsesTheDigestsTakenWhileItStartedAndOnlyForFilesUnchangedSince() throws IOException {
        Path rates = Files.writeString(dir.resolve("fx-rates.csv"), "currency,rate\nUSD,1.38\n");
        Path card = Files.writeString(dir.resolve("card.csv"), "date,vendor,amount,currency\n2026-10-01,SLACK,12.00,CAD\n");
        String cardBefore = Sha256.of(card);
        try (EarlyDigests early = EarlyDigests.start(dir, null)) {
            assertThat(early.digest(rates, ReadCache.key(rates))).isEqualTo(Sha256.of(rates));

            Files.writeString(card, "date,vendor,amount,currency\n2026-10-01,SLACK,99.00,CAD\n");
            Files.setLastModifiedTime(card, FileTime.fromMillis(Files.getLastModifiedTime(card).toMillis() + 5_000));
            assertThat(early.digest(card, ReadCache.key(card))).as("changed since it was read").isNull();

            assertThat(early.digest(rates, ReadCache.key(rates))).as("each digest is handed over once").isNull();
        }
        assertThat(Sha256.of(card)).isNotEqualTo(cardBefore);
    }

    @Test
    void aRunTakesTheEarlyDigestsAndTheNextRunDoesNotAskThem() throws IOException {
        Path rates = Files.writeString(dir.resolve("fx-rates.csv"), "currency,rate\nUSD,1.38\n");
        Path card = Files.writeString(dir.resolve("card.csv"), "date,vendor,amount,currency\n2026-10-01,SLACK,12.00,CAD\n");
        try (EarlyDigests early = EarlyDigests.start(dir, null)) {
            RunCache runs = new RunCache(1);
            ReadCache cache = runs.start(early);
            assertThat(cache.digest(rates)).isEqualTo(Sha256.of(rates));
            assertThat(early.digest(rates, ReadCache.key(rates))).as("taken from the early digests").isNull();

            runs.end();
            assertThat(runs.current().digest(card)).isEqualTo(Sha256.of(card));
            assertThat(early.digest(card, ReadCache.key(card))).as("the next run's cache does not ask them")
                    .isEqualTo(Sha256.of(card));
        }
    }

    @Test
    void aFolderThatCannotBeListedGivesNoDigests() {
        try (EarlyDigests early = EarlyDigests.start(dir.resolve("missing"), null)) {
            assertThat(early.digest(dir.resolve("missing/a.csv"), "x")).isNull();
        }
    }
}
