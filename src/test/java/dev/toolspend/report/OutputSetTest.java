package dev.toolspend.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputSetTest {

    @TempDir
    Path out;

    private Path workbook() {
        return out.resolve("toolspend-2026-10.xlsx");
    }

    private Path json() {
        return out.resolve("toolspend-2026-10.json");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes the new pair through a set whose renames are {@code move}. */
    private void publishNewSet(OutputSet.Move move) throws IOException {
        publishNewSet(move, OutputSet::link);
    }

    private void publishNewSet(OutputSet.Move move, OutputSet.Move link) throws IOException {
        try (OutputSet set = new OutputSet(move, link)) {
            Files.write(set.temp(workbook()), bytes("new workbook"));
            Files.write(set.temp(json()), bytes("{\"new\":true}"));
            set.publish();
        }
    }

    @Test
    void aFailedSecondRenameLeavesThePreviousSetInPlace() throws IOException {
        Files.write(workbook(), bytes("September's workbook"));
        Files.write(json(), bytes("{\"september\":true}"));
        AtomicInteger renames = new AtomicInteger();
        List<Path> renamed = new ArrayList<>();

        assertThatThrownBy(() -> publishNewSet((source, target) -> {
            if (renames.incrementAndGet() == 2) {
                throw new IOException("disk full");
            }
            renamed.add(target);
            OutputSet.rename(source, target);
        })).isInstanceOf(IOException.class).hasMessage("disk full").hasNoSuppressedExceptions();

        assertThat(renamed).as("the workbook was replaced, then put back").startsWith(workbook());
        assertThat(Files.readAllBytes(workbook())).isEqualTo(bytes("September's workbook"));
        assertThat(Files.readAllBytes(json())).isEqualTo(bytes("{\"september\":true}"));
        assertThat(names()).as("no temporary or backup file").containsExactly("toolspend-2026-10.json",
                "toolspend-2026-10.xlsx");
    }

    /** Where no hard link can be made, the previous files are renamed away to be kept, and come back just the same. */
    @Test
    void withoutHardLinksAFailedSecondRenameStillLeavesThePreviousSet() throws IOException {
        Files.write(workbook(), bytes("September's workbook"));
        Files.write(json(), bytes("{\"september\":true}"));
        List<Path> renamed = new ArrayList<>();

        assertThatThrownBy(() -> publishNewSet((source, target) -> {
            if (source.getFileName().toString().endsWith(".json.tmp")) {
                throw new IOException("disk full");
            }
            renamed.add(target);
            OutputSet.rename(source, target);
        }, (file, secondName) -> {
            throw new FileSystemException(file.toString(), null, "Operation not permitted");
        })).isInstanceOf(IOException.class).hasMessage("disk full").hasNoSuppressedExceptions();

        assertThat(renamed).as("both renamed away, the workbook replaced, then both back").hasSize(5);
        assertThat(Files.readAllBytes(workbook())).isEqualTo(bytes("September's workbook"));
        assertThat(Files.readAllBytes(json())).isEqualTo(bytes("{\"september\":true}"));
        assertThat(names()).containsExactly("toolspend-2026-10.json", "toolspend-2026-10.xlsx");
    }

    @Test
    void aFailedSecondRenameWithoutAPreviousSetLeavesNone() {
        AtomicInteger renames = new AtomicInteger();

        assertThatThrownBy(() -> publishNewSet((source, target) -> {
            if (renames.incrementAndGet() == 2) {
                throw new IOException("disk full");
            }
            OutputSet.rename(source, target);
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aPublishedSetReplacesThePreviousOneWhole() throws IOException {
        Files.write(workbook(), bytes("September's workbook"));
        Files.write(json(), bytes("{\"september\":true}"));

        publishNewSet(OutputSet::rename);

        assertThat(Files.readAllBytes(workbook())).isEqualTo(bytes("new workbook"));
        assertThat(Files.readAllBytes(json())).isEqualTo(bytes("{\"new\":true}"));
        assertThat(names()).containsExactly("toolspend-2026-10.json", "toolspend-2026-10.xlsx");
    }

    @Test
    void theFirstSetIsPublishedWhole() throws IOException {
        publishNewSet(OutputSet::rename);

        assertThat(Files.readAllBytes(workbook())).isEqualTo(bytes("new workbook"));
        assertThat(Files.readAllBytes(json())).isEqualTo(bytes("{\"new\":true}"));
        assertThat(names()).containsExactly("toolspend-2026-10.json", "toolspend-2026-10.xlsx");
    }

    @Test
    void temporaryFilesAreNamedAfterTheirTargetAndThisProcess() throws IOException {
        try (OutputSet set = new OutputSet()) {
            assertThat(set.temp(workbook()).getFileName().toString())
                    .matches("\\.toolspend-2026-10-" + ProcessHandle.current().pid() + "-[0-9a-f]+\\.xlsx\\.tmp");
        }
        assertThat(out).as("not published: its temporary files go").isEmptyDirectory();
    }

    /** A killed run's temporary and backup files go; a live process's (this one's) stay, and so does anything else. */
    @Test
    void leftoversOfEndedProcessesAreRemoved() throws Exception {
        long ended = EndedProcess.pid();
        long alive = ProcessHandle.current().pid();
        List<String> endedRun = List.of(".toolspend-2026-10-" + ended + "-18f3a.xlsx.tmp",
                ".toolspend-2026-10-" + ended + "-18f3a.json.tmp", ".toolspend-2026-09-" + ended + "-9c0.xlsx.bak");
        List<String> kept = List.of(".toolspend-2026-10-" + alive + "-18f3b.xlsx.tmp",
                ".toolspend-2026-10-" + alive + "-18f3b.json.bak", "toolspend-2026-10.xlsx",
                ".toolspend-2026-10-" + ended + "-notes.txt", "other-" + ended + "-18f3a.xlsx.tmp");
        for (String name : endedRun) {
            Files.writeString(out.resolve(name), "left by a killed run");
        }
        for (String name : kept) {
            Files.writeString(out.resolve(name), "not a leftover");
        }

        OutputSet.removeLeftovers(out);

        assertThat(names()).containsExactlyInAnyOrderElementsOf(kept);
    }

    /**
     * Both languages of one run are one set: a rename that fails on the French JSON, the last of four, puts back
     * September's English and French files, none of them half replaced; and a killed French run's temporary files
     * are leftovers like any other.
     */
    @Test
    void bothLanguagesAreOneSet() throws Exception {
        Path frenchWorkbook = out.resolve("toolspend-2026-10-fr.xlsx");
        Path frenchJson = out.resolve("toolspend-2026-10-fr.json");
        List<Path> all = List.of(workbook(), json(), frenchWorkbook, frenchJson);
        for (Path file : all) {
            Files.write(file, bytes("September's " + file.getFileName()));
        }
        AtomicInteger renames = new AtomicInteger();
        assertThatThrownBy(() -> {
            try (OutputSet set = new OutputSet((source, target) -> {
                if (renames.incrementAndGet() == 4) {
                    throw new IOException("disk full");
                }
                OutputSet.rename(source, target);
            }, OutputSet::link)) {
                for (Path file : all) {
                    Files.write(set.temp(file), bytes("October's " + file.getFileName()));
                }
                set.publish();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
        for (Path file : all) {
            assertThat(Files.readAllBytes(file)).as("%s", file.getFileName())
                    .isEqualTo(bytes("September's " + file.getFileName()));
        }
        assertThat(names()).containsExactly("toolspend-2026-10-fr.json", "toolspend-2026-10-fr.xlsx",
                "toolspend-2026-10.json", "toolspend-2026-10.xlsx");

        try (OutputSet set = new OutputSet()) {
            for (Path file : all) {
                Files.write(set.temp(file), bytes("October's " + file.getFileName()));
            }
            set.publish();
        }
        for (Path file : all) {
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes("October's " + file.getFileName()));
        }

        String killed = ".toolspend-2026-10-fr-" + EndedProcess.pid() + "-18f3a.xlsx.tmp";
        Files.writeString(out.resolve(killed), "left by a killed French run");
        OutputSet.removeLeftovers(out);
        assertThat(names()).doesNotContain(killed).hasSize(4);
    }
}
