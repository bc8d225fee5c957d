package dev.toolspend.report;

import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PoiTempFilesTest {

    @TempDir
    Path tmp;

    /** Not the shared {@code <tmp>/poifiles} that another user may own: a folder of this process, owner-only. */
    @Test
    void streamedSheetsGoToAFolderOfThisProcess() throws IOException {
        Path folder = PoiTempFiles.useOwnFolder();
        File sheet = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
        try {
            assertThat(sheet.toPath().getParent()).isEqualTo(folder);
            assertThat(folder.getFileName().toString()).startsWith("toolspend-poi-" + ProcessHandle.current().pid() + "-");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PoiTempFiles.useOwnFolder()).as("made once per process").isEqualTo(folder);
        } finally {
            Files.deleteIfExists(sheet.toPath());
        }
    }

    /** A killed run's folder goes with what it holds; a live process's, a stranger's and anything else stay. */
    @Test
    void foldersOfEndedProcessesAreRemoved() throws Exception {
        long ended = EndedProcess.pid();
        Path killedRuns = Files.createDirectories(tmp.resolve("toolspend-poi-" + ended + "-4242/nested"));
        Files.writeString(killedRuns.resolve("poi-sxssf-sheet1.xml"), "<sheetData/>");
        Files.writeString(killedRuns.resolveSibling("poi-sxssf-sheet2.xml"), "<sheetData/>");
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not POI's");
        Files.createSymbolicLink(killedRuns.resolve("link"), outside);
        String live = "toolspend-poi-" + ProcessHandle.current().pid() + "-4343";
        for (String name : List.of(live, "poifiles", "toolspend-poi-notapid")) {
            Files.createDirectory(tmp.resolve(name));
        }
        Files.writeString(tmp.resolve("toolspend-poi-" + ended + "-file"), "not a folder");
        UserPrincipal me = Files.getOwner(tmp, LinkOption.NOFOLLOW_LINKS);

        PoiTempFiles.removeLeftovers(tmp, () -> "someone else");
        assertThat(tmp.resolve("toolspend-poi-" + ended + "-4242")).as("another user's").isDirectory();

        PoiTempFiles.removeLeftovers(tmp, me);
        try (var entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    live, "poifiles", "toolspend-poi-notapid", "toolspend-poi-" + ended + "-file", "outside");
        }
        assertThat(outside.resolve("keep.txt")).as("a link is not followed").exists();
    }
}
