package dev.toolspend.job.cli;

import dev.toolspend.ToolspendApplication;
import dev.toolspend.job.RunHistory;
import dev.toolspend.job.ToolspendProperties;
import dev.toolspend.report.Formats;
import dev.toolspend.report.Labels;
import dev.toolspend.report.SafeText;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code toolspend status}: the past runs of a data folder (or database), newest first — period, status, start and
 * end, input folder, savings, workbook. While a run holds the history it says which, rather than wait.
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--lang", paramLabel = "en|fr")
    String language;

    @Option(names = "--last", paramLabel = "N", defaultValue = "24")
    int last;

    @Override
    public Integer call() throws Exception {
        Labels labels = ToolspendCommand.consoleLabelsOrRefuse(language);
        if (labels == null) {
            return ToolspendCommand.USAGE;
        }
        String[] refused = database.refused();
        if (refused != null) {
            return ToolspendCommand.usageError(labels, refused[0], refused[1]);
        }
        String[] holder = {""};
        try (RunLock lock = RunLock.acquire(RunLock.files(database.dataDirectory(), database.databaseUrl()),
                RunLock.holder("status"), false, busy -> holder[0] = busy.text())) {
            if (lock == null) {
                print(labels.get("console.statusBusy", database.dataDirectory().toAbsolutePath(), holder[0]));
                return 0;
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            database.addTo(settings);
            String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ToolspendApplication.class)
                    .web(WebApplicationType.NONE).registerShutdownHook(false).run(arguments)) {
                String currency = context.getBean(ToolspendProperties.class).currency();
                var runs = context.getBean(RunHistory.class).runs(last);
                if (runs.isEmpty()) {
                    print(labels.get("console.statusNone", database.dataDirectory().toAbsolutePath()));
                }
                for (RunHistory.PastRun run : runs) {
                    print(labels.get("console.statusLine", run.period(), run.status(),
                            run.start() == null ? "-" : TIME.format(run.start()),
                            run.end() == null ? "-" : TIME.format(run.end()), String.valueOf(run.input()),
                            run.savings() == null ? "-" : Formats.withCode(labels.locale(), new BigDecimal(run.savings()),
                                    currency),
                            run.workbook() == null ? "-" : run.workbook()));
                }
            }
        }
        return 0;
    }

    private static void print(String line) {
        System.out.println(SafeText.forConsole(line));
    }
}
