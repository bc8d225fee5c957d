package dev.toolspend.report;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class PoiTempFilesTest {

    /** Not the shared {@code <tmp>/poifiles} that another user may own: a folder of this process, owner-only. */
    @Test
    void streamedSheetsGoToAFolderOfThisProcess() throws IOException {
        Path folder = PoiTempFiles.useOwnFolder();
        File sheet = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
        try {
            assertThat(sheet.toPath().getParent()).isEqualTo(folder);
            assertThat(folder.getFileName().toString()).startsWith("toolspend-poi-");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PoiTempFiles.useOwnFolder()).as("made once per process").isEqualTo(folder);
        } finally {
            Files.deleteIfExists(sheet.toPath());
        }
    }
}
