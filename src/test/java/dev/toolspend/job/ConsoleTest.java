package dev.toolspend.job;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTest {

    /** A file name cannot forge a line, colour the terminal or reverse the text after it: its escapes are shown. */
    @Test
    void aHostileFileNamePrintsAsOneLineWithItsEscapesVisible() {
        Console console = new Console(new ToolspendProperties("CAD", "en", ZoneId.of("UTC"), "data", null, null, null,
                null, 0, null, false, null, null, null, null, null, null));
        String path = "/out/toolspend-2026-10.xlsx\ntoolspend stopped: \u001b[31mforged\u202Exslx.exe";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            console.say("workbook", path);
        } finally {
            System.setOut(standardOut);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "Workbook: /out/toolspend-2026-10.xlsx\\ntoolspend stopped: \\u001b[31mforged\\u202exslx.exe");
    }
}
