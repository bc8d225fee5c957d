package dev.toolspend.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
