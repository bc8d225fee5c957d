package dev.toolspend.job.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line settles before Spring starts: the report languages and the console's. */
@ExtendWith(OutputCaptureExtension.class)
class ToolspendCommandTest {

    private static int run(String... args) {
        return ToolspendCommand.commandLine(args).execute(args);
    }

    /** Each language of the list must be known: --lang en,de is a wrong command line (2), said in English. */
    @Test
    void everyLanguageOfTheListMustBeKnown(CapturedOutput out) {
        assertThat(run("--input", "input-samples", "--period", "2026-10", "--lang", "en,de")).isEqualTo(2);
        assertThat(out.getErr()).contains("toolspend stopped: unsupported language 'de' (use en, fr or both: en,fr)");
        assertThat(run("--input", "input-samples", "--period", "2026-10", "--lang", "fr,")).isEqualTo(2);
        assertThat(out.getErr()).contains("toolspend stopped: unsupported language '' (use en, fr or both: en,fr)");
        assertThat(run("resend", "--lang", "en,de")).isEqualTo(2);
        assertThat(run("status", "--lang", "de")).isEqualTo(2);
    }

    /**
     * --lang en,fr is accepted; the first language speaks: the next mistake of the command line is said in English
     * for en,fr, in French for fr,en, and so is --help.
     */
    @Test
    void theFirstLanguageOfTheListIsTheConsoles(CapturedOutput out) {
        assertThat(run("--input", "input-samples", "--lang", "en,fr", "--period", "October")).isEqualTo(2);
        assertThat(out.getErr()).contains("toolspend stopped: ").doesNotContain("language");
        assertThat(run("--input", "input-samples", "--lang", "fr,en", "--period", "October")).isEqualTo(2);
        assertThat(out.getErr()).contains("toolspend arrêté : ");
        assertThat(ToolspendCommand.consoleLanguage("fr,en")).isEqualTo("fr");
        assertThat(ToolspendCommand.consoleLanguage("en,fr")).isEqualTo("en");
        assertThat(ToolspendCommand.consoleLanguage("de")).isEqualTo("en");
        assertThat(run("--lang", "fr,en", "--help")).isZero();
        assertThat(out.getOut()).contains("Utilisation : toolspend", "en,fr");
    }
}
