package dev.toolspend.job.cli;

import dev.toolspend.job.Console;
import dev.toolspend.job.JobRunner;
import dev.toolspend.job.ReportMailer;
import dev.toolspend.job.ResendContext;
import dev.toolspend.job.RunStoppedException;
import dev.toolspend.job.ToolspendProperties;
import dev.toolspend.model.Period;
import dev.toolspend.report.Labels;
import dev.toolspend.report.ReportLanguages;
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
 * companion, without running the job (after exit status 4, once the mail server is back). The files are those of the
 * report languages ({@code --lang}, else {@code toolspend.language}): {@code --lang fr} sends
 * {@code toolspend-2026-10-fr.xlsx} with a summary from {@code toolspend-2026-10-fr.json}, never a French message
 * about the English files; {@code --lang en,fr} sends both workbooks, the words in English. Its help is in
 * {@code i18n/help*.properties}. Exit status: 0 sent, 1 no report or no recipient, 2 a wrong command line, 4 not sent.
 */
@Command(name = "resend", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public class ResendCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "YYYY-MM")
    String period;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output")
    Path output;

    @Option(names = "--lang", paramLabel = "en|fr|en,fr")
    String language;

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Override
    public Integer call() {
        Labels labels = ToolspendCommand.consoleLabelsOrRefuse(language);
        if (labels == null) {
            return ToolspendCommand.USAGE;
        }
        Period reportPeriod;
        try {
            reportPeriod = period == null ? Period.previousMonth(LocalDate.now(ZoneId.systemDefault())) : Period.parse(period);
        } catch (IllegalArgumentException e) {
            return usageError(labels, "period", period);
        }
        Path folder = output.toAbsolutePath().normalize();
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
            // the languages as the run had them: --lang, else toolspend.language (application.yml included)
            String setting = context.getBean(ToolspendProperties.class).language();
            if (ReportLanguages.refused(setting) != null) {
                return stopped(labels, new RunStoppedException("language", ReportLanguages.refused(setting)));
            }
            labels = Labels.of(ReportLanguages.first(setting));
            List<Path> workbooks = new ArrayList<>();
            for (String reportLanguage : ReportLanguages.of(setting)) {
                Path workbook = ReportWriter.workbookPath(folder, reportPeriod.toString(), reportLanguage);
                workbooks.add(workbook);
                for (Path file : List.of(workbook, ReportWriter.jsonPath(folder, reportPeriod.toString(), reportLanguage))) {
                    if (!Files.isRegularFile(file)) {
                        return stopped(labels, new RunStoppedException("noReport", reportPeriod.toString(),
                                folder.toString(), file.getFileName().toString()));
                    }
                }
            }
            Path json = ReportWriter.jsonPath(folder, reportPeriod.toString(), ReportLanguages.first(setting));
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
            return mailer.deliver(workbooks, json, reportPeriod, folder) ? JobRunner.OK : JobRunner.MAIL_FAILED;
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
