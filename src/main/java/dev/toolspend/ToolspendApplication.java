package dev.toolspend;

import dev.toolspend.job.cli.ToolspendCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;

/** Entry point: the command line is parsed first, so that {@code --help} answers without starting Spring. */
@SpringBootApplication
public class ToolspendApplication {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ToolspendCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
