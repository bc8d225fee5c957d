package dev.toolspend.ingest;

import dev.toolspend.model.IgnoredInput;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apache POI's hostile and unusual workbooks ({@code ../shared/corpora/poi-spreadsheets}, Apache License 2.0),
 * scanned in place: each is ignored with a reason, none crashes the scan. Tagged external ({@code mvn -Pexternal
 * verify}, which fails when the corpus is missing); the default build scans hostile workbooks it makes itself
 * (HostileWorkbooksTest).
 */
@Tag("external")
class PoiCorpusIT {

    @Test
    void survivesHostileWorkbooks() throws IOException {
        Path corpus = Corpora.folder("poi-spreadsheets");
        Inventory inventory = InputScanner.scan(corpus, null);
        assertThat(inventory.sources()).isEmpty();
        List<String> everyFile = InputScanner.listFiles(corpus, null).stream().map(InputScanner::slashed).toList();
        assertThat(inventory.ignored()).extracting(IgnoredInput::path).containsAll(everyFile);
        assertThat(inventory.ignored()).extracting(IgnoredInput::path)
                .contains("poc-shared-strings.xlsx", "poc-xmlbomb.xlsx", "xlsx-corrupted.xlsx", "protected_passtika.xlsx");
        assertThat(inventory.ignored()).filteredOn(i -> i.path().equals("protected_passtika.xlsx"))
                .extracting(i -> English.of(i.reason())).allMatch(r -> r.startsWith("password-protected"));
        assertThat(inventory.ignored()).filteredOn(i -> i.path().equals("TwoSheetsOneHidden.xlsx"))
                .extracting(i -> English.of(i.reason())).anyMatch(r -> r.startsWith("hidden sheet"));
    }
}
