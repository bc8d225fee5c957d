package dev.toolspend;

import dev.toolspend.job.cli.ToolspendCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: the command line is parsed first, so that {@code --help} answers without starting Spring. */
@SpringBootApplication
public class ToolspendApplication {

    public static void main(String[] args) {
        System.exit(ToolspendCommand.commandLine(args).execute(args));
    }
}
