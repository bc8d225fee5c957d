package dev.toolspend.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** generate never writes over a folder that holds someone's files. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aNewOrEmptyFolderIsUsedAsItIs() throws IOException {
        GenerateCommand.prepare(dir.resolve("new"), false);
        GenerateCommand.prepare(Files.createDirectories(dir.resolve("empty")), false);
    }

    @Test
    void aFolderWithFilesIsRefusedAndLeftAlone() throws IOException {
        Path register = Files.writeString(Files.createDirectories(dir.resolve("inputs")).resolve("register.csv"), "x");
        assertThatThrownBy(() -> GenerateCommand.prepare(dir.resolve("inputs"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not empty");
        assertThatThrownBy(() -> GenerateCommand.prepare(dir.resolve("inputs"), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was not written by 'generate'");
        assertThat(register).hasContent("x");
    }

    @Test
    void overwriteReplacesOnlyWhatAnEarlierGenerateWrote() throws IOException {
        Path out = dir.resolve("big");
        Files.createDirectories(out.resolve(".truth"));
        Files.writeString(out.resolve(".truth/expected.json"), "{}");
        Files.createDirectories(out.resolve("billing"));
        Files.writeString(out.resolve("billing/card-2026-09.csv"), "old");
        Files.writeString(out.resolve("fx-rates.csv"), "old");
        Path mine = Files.writeString(out.resolve("notes.txt"), "mine");

        GenerateCommand.prepare(out, true);

        assertThat(out.resolve("billing")).doesNotExist();
        assertThat(out.resolve(".truth")).doesNotExist();
        assertThat(out.resolve("fx-rates.csv")).doesNotExist();
        assertThat(mine).hasContent("mine");
    }

    private static int generate(String... arguments) {
        return new CommandLine(new GenerateCommand()).execute(arguments);
    }

    @Test
    void moreThanOneMonthWritesAFolderPerMonthUnlessOneFolderIsAsked() {
        Path year = dir.resolve("year");
        assertThat(generate("--out", year.toString(), "--employees", "20", "--months", "3",
                "--events-per-user-day", "1")).isZero();
        for (String month : new String[]{"2026-08", "2026-09", "2026-10"}) {
            assertThat(year.resolve(month + "/billing/card-statement-" + month + ".csv")).isRegularFile();
            assertThat(year.resolve(".truth/" + month + ".json")).isRegularFile();
        }
        assertThat(year.resolve("billing")).doesNotExist();

        Path quarter = dir.resolve("quarter");
        assertThat(generate("--out", quarter.toString(), "--employees", "20", "--months", "3", "--layout", "one-folder",
                "--events-per-user-day", "1")).isZero();
        assertThat(quarter.resolve("billing/card-statement-2026-08.csv")).isRegularFile();
        assertThat(quarter.resolve("usage/events-2026-10.csv")).isRegularFile();
        assertThat(quarter.resolve(".truth/expected.json")).isRegularFile();
        assertThat(quarter.resolve("2026-10")).doesNotExist();

        Path single = dir.resolve("single");
        assertThat(generate("--out", single.toString(), "--employees", "20", "--events-per-user-day", "1")).isZero();
        assertThat(single.resolve(".truth/expected.json")).isRegularFile();
        assertThat(generate("--out", dir.resolve("bad").toString(), "--employees", "20", "--layout", "nested"))
                .isEqualTo(2);
    }

    @Test
    void overwriteReplacesAnEarlierYearWithItsMonthFoldersOnly() throws IOException {
        Path out = dir.resolve("year");
        Files.createDirectories(out.resolve(".truth"));
        Files.writeString(out.resolve(".truth/2026-09.json"), "{}");
        Files.createDirectories(out.resolve("2026-09/billing"));
        Files.writeString(out.resolve("2026-09/billing/card-statement-2026-09.csv"), "old");
        Path mine = Files.writeString(Files.createDirectories(out.resolve("notes")).resolve("a.txt"), "mine");

        GenerateCommand.prepare(out, true);

        assertThat(out.resolve("2026-09")).doesNotExist();
        assertThat(out.resolve(".truth")).doesNotExist();
        assertThat(mine).hasContent("mine");
    }
}
