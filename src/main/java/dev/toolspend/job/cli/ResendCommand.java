package dev.toolspend.job.cli;

import dev.toolspend.job.Console;
import dev.toolspend.job.JobRunner;
import dev.toolspend.job.ReportMailer;
import dev.toolspend.job.ResendContext;
import dev.toolspend.job.RunStoppedException;
import dev.toolspend.model.Period;
import dev.toolspend.report.Labels;
import dev.toolspend.report.ReportWriter;
import dev.toolspend.report.SafeText;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code toolspend resend}: e-mails the workbook a run already wrote for a period, its summary from the JSON
 * companion, without running the job (after exit status 4, once the mail server is back). Its help is in
 * {@code i18n/help*.properties}. Exit status: 0 sent, 1 no report or no recipient, 2 a wrong command line, 4 not sent.
 */
@Command(name = "resend", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public class ResendCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM")
    String period;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output")
    Path output;

    @Option(names = "--lang", paramLabel = "en|fr")
    String language;

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Override
    public Integer call() {
        String chosen = language != null ? language : ToolspendCommand.requestedLanguage();
        Labels labels = Labels.of("en");
        try {
            labels = Labels.of(chosen);
        } catch (IllegalArgumentException e) {
            return usageError(labels, "language", chosen);
        }
        Period reportPeriod;
        try {
            reportPeriod = period == null ? Period.previousMonth(LocalDate.now(ZoneId.systemDefault())) : Period.parse(period);
        } catch (IllegalArgumentException e) {
            return usageError(labels, "period", period);
        }
        Path folder = output.toAbsolutePath().normalize();
        Path workbook = ReportWriter.workbookPath(folder, reportPeriod.toString());
        Path json = ReportWriter.jsonPath(folder, reportPeriod.toString());
        for (Path file : List.of(workbook, json)) {
            if (!Files.isRegularFile(file)) {
                return stopped(labels, new RunStoppedException("noReport", reportPeriod.toString(), folder.toString(),
                        file.getFileName().toString()));
            }
        }
        List<String> arguments = new ArrayList<>();
        if (language != null) {
            arguments.add("--toolspend.language=" + language);
        }
        if (dataDir != null) {
            arguments.add("--toolspend.data-dir=" + dataDir.toAbsolutePath());
        }
        ConfigurableApplicationContext started;
        try {
            started = new SpringApplicationBuilder(ResendContext.class).web(WebApplicationType.NONE)
                    .run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            return stopped(labels, StartupFailure.reason(e));
        }
        try (ConfigurableApplicationContext context = started) {
            ReportMailer mailer = context.getBean(ReportMailer.class);
            Console console = context.getBean(Console.class);
            if (!mailer.enabled()) {
                console.stopped("mailOff");
                return JobRunner.STOPPED;
            }
            RunStoppedException invalid = mailer.invalidSettings();
            if (invalid != null) {
                console.stopped(invalid.key(), invalid.args());
                return JobRunner.STOPPED;
            }
            return mailer.deliver(workbook, json, reportPeriod, folder) ? JobRunner.OK : JobRunner.MAIL_FAILED;
        }
    }

    private static int usageError(Labels labels, String key, String value) {
        System.out.println(SafeText.forConsole(labels.get("console.stopped", labels.get("stop." + key, value))));
        return 2;
    }

    private static int stopped(Labels labels, RunStoppedException reason) {
        System.out.println(SafeText.forConsole(labels.get("console.stopped",
                labels.get("stop." + reason.key(), reason.args()))));
        return JobRunner.STOPPED;
    }
}
