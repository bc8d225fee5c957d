package dev.toolspend.job.cli;

import dev.toolspend.ToolspendApplication;
import dev.toolspend.job.Console;
import dev.toolspend.job.EarlyDigests;
import dev.toolspend.job.JobRunner;
import dev.toolspend.job.RunRequest;
import dev.toolspend.job.RunStoppedException;
import dev.toolspend.job.ToolspendProperties;
import dev.toolspend.job.ToolspendVersion;
import dev.toolspend.model.Period;
import dev.toolspend.report.Labels;
import dev.toolspend.report.ReportLanguages;
import dev.toolspend.report.SafeText;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * The command line: options become settings, then the job runs once and the exit status says how it went. Its help
 * text is in {@code i18n/help*.properties}, in the report language ({@link #commandLine}).
 */
@Command(name = "toolspend", mixinStandardHelpOptions = true, subcommands = {MatchCommand.class, StatusCommand.class, ResendCommand.class, BackfillCommand.class, dev.toolspend.generate.GenerateCommand.class}, versionProvider = ToolspendCommand.Version.class, sortOptions = false,
        usageHelpAutoWidth = true)
public class ToolspendCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output")
    Path output;

    @Option(names = "--period", paramLabel = "YYYY-MM")
    String period;

    @Option(names = "--lang", paramLabel = "en|fr|en,fr")
    String language;

    @Option(names = "--currency", paramLabel = "CODE")
    String currency;

    @Option(names = "--strict")
    Boolean strict;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--no-wait")
    boolean noWait;

    @Option(names = "--archive", paramLabel = "DIR")
    Path archive;

    @Option(names = "--archive-move")
    boolean archiveMove;

    @Option(names = "--schedule", paramLabel = "CRON")
    String schedule;

    @Option(names = "--catalog", paramLabel = "FILE")
    Path catalog;

    @Option(names = "--decisions", paramLabel = "FILE")
    Path decisions;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--time-zone", paramLabel = "ZONE")
    ZoneId timeZone;

    @Option(names = "--input-locale", paramLabel = "LOCALE")
    String inputLocale;

    @Option(names = "--date-order", paramLabel = "DMY|MDY")
    dev.toolspend.ingest.value.DateOrder dateOrder;

    @Option(names = "--inactive-after-days", paramLabel = "N")
    Integer inactiveAfterDays;

    @Option(names = "--underused-below", paramLabel = "RATIO")
    BigDecimal underusedBelow;

    @Option(names = "--headroom", paramLabel = "RATIO")
    BigDecimal headroom;

    @Option(names = "--renewal-horizon-days", paramLabel = "N")
    Integer renewalHorizonDays;

    @Option(names = "--default-notice-days", paramLabel = "N")
    Integer defaultNoticeDays;

    @Spec
    CommandSpec spec;

    /** Set by {@code backfill}: the months to run in order, each on its folder ({@link MonthFolders}). */
    List<Period> backfill;

    /**
     * The command line, its help in the language the run will report in (the first one of a list): {@code --lang},
     * else {@code TOOLSPEND_LANGUAGE} or {@code -Dtoolspend.language}; English otherwise.
     */
    public static CommandLine commandLine(String... args) {
        Locale locale = "fr".equals(consoleLanguage(requestedLanguage(args))) ? Locale.CANADA_FRENCH : Locale.ROOT;
        return new CommandLine(new ToolspendCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setResourceBundle(ResourceBundle.getBundle("i18n/help", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The console's language for a language setting: its first language; English when the setting is refused. */
    static String consoleLanguage(String setting) {
        return ReportLanguages.refused(setting) == null ? ReportLanguages.first(setting) : ReportLanguages.DEFAULT;
    }

    /**
     * The console's labels for a language setting, or null when the setting is refused: then {@link #usageError}
     * with {@code stop.language} and {@link ReportLanguages#refused}, in English.
     */
    static Labels consoleLabels(String setting) {
        return ReportLanguages.refused(setting) == null ? Labels.of(ReportLanguages.first(setting)) : null;
    }

    /**
     * A subcommand's console labels, from its {@code --lang} (null: the setting); null when a language is unknown,
     * the refusal then said on stderr (the subcommand exits with {@link #USAGE}).
     */
    static Labels consoleLabelsOrRefuse(String option) {
        String chosen = option != null ? option : requestedLanguage();
        Labels labels = consoleLabels(chosen);
        if (labels == null) {
            usageError(Labels.of(ReportLanguages.DEFAULT), "language", ReportLanguages.refused(chosen));
        }
        return labels;
    }

    /** Exit status of a wrong command line. */
    static final int USAGE = 2;

    /** The report languages a command line asks for (one, or several: {@code en,fr}), before it is parsed. */
    static String requestedLanguage(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        String configured = System.getProperty("toolspend.language", System.getenv("TOOLSPEND_LANGUAGE"));
        return configured == null ? "en" : configured;
    }

    @Override
    public Integer call() throws Exception {
        String chosen = language != null ? language : requestedLanguage();
        Labels labels = consoleLabels(chosen);
        if (labels == null) {
            return usageError(Labels.of(ReportLanguages.DEFAULT), "language", ReportLanguages.refused(chosen));
        }
        if (input == null) {
            String configured = beforeSpring(null, "toolspend.input", "TOOLSPEND_INPUT", null);
            if (configured == null || configured.isBlank()) {
                return usageError(labels, "inputRequired", null);
            }
            input = Path.of(configured);
        }
        if (Files.isRegularFile(input)) {
            return usageError(labels, "inputIsFile", input.toAbsolutePath().toString());
        }
        if (archiveMove && archive == null) {
            return usageError(labels, "archiveMoveAlone", "--archive-move");
        }
        if (period != null && schedule != null) {
            return usageError(labels, "periodInSchedule", period);
        }
        Map<String, Object> settings = settings();
        Period reportPeriod;
        try {
            reportPeriod = backfill != null ? backfill.get(0)
                    : period == null ? Period.previousMonth(LocalDate.now(ZoneId.systemDefault())) : Period.parse(period);
        } catch (IllegalArgumentException e) {
            return usageError(labels, "period", period);
        }
        String[] refused = database.refused();
        if (refused != null) {
            return usageError(labels, refused[0], refused[1]);
        }
        if (schedule != null) {
            try {
                CronExpression.parse(schedule);
            } catch (IllegalArgumentException e) {
                return usageError(labels, "schedule", schedule);
            }
        }
        // As Spring command-line arguments the options outrank application.yml and the environment.
        String[] springArguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        Path data = database.dataDirectory();
        String what = schedule != null ? "schedule" : backfill != null
                ? "backfill " + backfill.get(0) + ".." + backfill.get(backfill.size() - 1) : reportPeriod.toString();
        String holder = RunLock.holder("period=" + what + " input=" + input);
        Labels said = labels;
        String[] busyWith = {""};
        try (RunLock lock = RunLock.acquire(RunLock.files(data, database.databaseUrl()), holder, !noWait, busy -> {
            busyWith[0] = busy.text();
            if (!noWait) {
                System.out.println(SafeText.forConsole(said.get("console.waiting", data.toAbsolutePath(), busy.text())));
            }
        })) {
            if (lock == null) {
                System.err.println(SafeText.forConsole(said.get("console.stopped",
                        said.get("stop.busy", data.toAbsolutePath(), busyWith[0]))));
                return BUSY;
            }
            return startAndRun(labels, springArguments, reportPeriod);
        }
    }

    /** Exit status of a run that found another one holding its data folder or database, with --no-wait. */
    static final int BUSY = 5;

    /**
     * A setting needed before Spring starts (where to lock, what to read), found as Spring would find it: the option,
     * else the system property, else the environment, else the default.
     */
    static String beforeSpring(Object option, String property, String environment, String fallback) {
        if (option != null) {
            return option.toString();
        }
        String value = System.getProperty(property, System.getenv(environment));
        return value == null ? fallback : value;
    }

    private int startAndRun(Labels labels, String[] springArguments, Period reportPeriod) throws Exception {
        // the input files are digested on a spare core while Spring starts, for a run that starts at once
        try (GracefulStop stop = new GracefulStop();
             EarlyDigests early = schedule == null && backfill == null && Files.isDirectory(input)
                ? EarlyDigests.start(input, output) : null) {
            ConfigurableApplicationContext started;
            try {
                started = new SpringApplicationBuilder(ToolspendApplication.class).web(WebApplicationType.NONE)
                        .registerShutdownHook(false).run(springArguments);
            } catch (RuntimeException e) {
                RunStoppedException reason = StartupFailure.reason(e);
                System.err.println(SafeText.forConsole(labels.get("console.stopped",
                        labels.get("stop." + reason.key(), reason.args()))));
                return JobRunner.STOPPED;
            }
            return runOrSchedule(started, labels, reportPeriod, early, stop);
        }
    }

    private int runOrSchedule(ConfigurableApplicationContext started, Labels labels, Period reportPeriod,
                              EarlyDigests early, GracefulStop stop) throws Exception {
        try (ConfigurableApplicationContext context = started) {
            JobRunner runner = context.getBean(JobRunner.class);
            Console console = context.getBean(Console.class);
            stop.started(runner, console);
            ToolspendProperties properties = context.getBean(ToolspendProperties.class);
            String cron = properties.schedule();
            if (backfill != null) {
                return backfill(runner, console);
            }
            if (cron.isBlank()) {
                return runner.run(new RunRequest(input, output, reportPeriod, force, archive, archiveMove), early);
            }
            if (early != null) {
                early.close();                  // scheduled runs digest their files when they start
            }
            if (period != null) {               // a schedule reports the month before each of its times
                return usageError(labels, "periodInSchedule", period);
            }
            console.timestamped(properties.timeZone());
            return new MonthlySchedule(CronExpression.parse(cron), properties.timeZone(), runner, console, stop)
                    .runForever(input, output, archive, archiveMove);
        }
    }

    /**
     * Each month in order, on its folder: a month that stops is said and the next one runs (its later months then
     * lack its history); the exit status is the worst of the months'.
     */
    private int backfill(JobRunner runner, Console console) throws Exception {
        int worst = JobRunner.OK;
        for (Period month : backfill) {
            Path folder = MonthFolders.of(input, month);
            if (folder == null) {
                console.say("backfillNoFolder", month.toString(), input.toAbsolutePath().toString());
                worst = Math.max(worst, JobRunner.STOPPED);
                continue;
            }
            console.say("backfillMonth", month.toString(), folder.toAbsolutePath().toString());
            int status = runner.run(new RunRequest(folder, output, month, force, null, false));
            worst = Math.max(worst, status);
        }
        return worst;
    }

    /** {@code --version}: the build's own version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{ToolspendVersion.generatedBy()};
        }
    }

    /** A wrong option value: said in one line, exit status 2. */
    static int usageError(Labels labels, String key, String value) {
        String reason = value == null ? labels.get("stop." + key) : labels.get("stop." + key, value);
        System.err.println(SafeText.forConsole(labels.get("console.stopped", reason)));
        return 2;
    }

    /** The options given, as Spring properties. */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        put(settings, "toolspend.language", language);
        put(settings, "toolspend.currency", currency == null ? null : currency.toUpperCase(Locale.ROOT));
        put(settings, "toolspend.catalog", catalog == null ? null : catalog.toAbsolutePath().toString());
        put(settings, "toolspend.decisions", decisions == null ? null : decisions.toAbsolutePath().toString());
        put(settings, "toolspend.time-zone", timeZone);
        put(settings, "toolspend.input-locale", inputLocale);
        put(settings, "toolspend.date-order", dateOrder);
        put(settings, "toolspend.schedule", schedule);
        put(settings, "toolspend.strict", strict);
        put(settings, "toolspend.rules.inactive-after-days", inactiveAfterDays);
        put(settings, "toolspend.rules.underused-below", underusedBelow);
        put(settings, "toolspend.rules.headroom", headroom);
        put(settings, "toolspend.rules.renewal-horizon-days", renewalHorizonDays);
        put(settings, "toolspend.rules.default-notice-days", defaultNoticeDays);
        database.addTo(settings);
        return settings;
    }

    static void put(Map<String, Object> settings, String key, Object value) {
        if (value != null) {
            settings.put(key, value.toString());
        }
    }
}
