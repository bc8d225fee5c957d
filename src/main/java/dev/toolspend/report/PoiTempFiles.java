package dev.toolspend.report;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where POI puts the streamed sheets while a workbook is written. POI's default is one folder for every user
 * of the machine, {@code <tmp>/poifiles}, created by whoever wrote a workbook first and writable by that user
 * only: another user's run (cron as one account, a manual run as another) then fails at its report. Each
 * process uses a folder of its own instead (owner-only, removed when the process ends; POI's setting is
 * process-wide, so it is made once).
 */
final class PoiTempFiles {

    private static Path folder;

    private PoiTempFiles() {
    }

    static synchronized Path useOwnFolder() throws IOException {
        if (folder == null) {
            Path created = Files.createTempDirectory("toolspend-poi-");
            created.toFile().deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(created.toFile()));
            folder = created;
        }
        return folder;
    }
}
