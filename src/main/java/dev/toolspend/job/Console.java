package dev.toolspend.job;

import dev.toolspend.ingest.FileStats;
import dev.toolspend.ingest.InputSource;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** What a person running the job sees: progress per file and the outcome, one line each. */
@Component
public class Console {

    public void line(String text) {
        PrintStream out = System.out;
        out.println(text);
        out.flush();
    }

    public void tableRead(InputSource source, FileStats stats, Duration elapsed) {
        String where = source.sheet() == null ? source.path() : source.path() + " [" + source.sheet() + "]";
        line(String.format(Locale.ROOT, "  %-9s %-52s %,8d rows read, %,d rejected  %6.2f s",
                source.kind().name().toLowerCase(Locale.ROOT), where, stats.read(), stats.rejected(),
                elapsed.toNanos() / 1e9));
    }
}
