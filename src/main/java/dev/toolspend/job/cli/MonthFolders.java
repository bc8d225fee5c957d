package dev.toolspend.job.cli;

import dev.toolspend.model.Period;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a backfilled month's files are: a folder holding sub-folders named {@code YYYY-MM} gives each month its own
 * (a month without one is not run); any other folder is every month's (its billing lines are counted in the month
 * they are dated in; the register and usage exports it holds are read as they are for every month).
 */
final class MonthFolders {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private MonthFolders() {
    }

    /** The folder of a month, or null when the input has month folders and none for this month. */
    static Path of(Path input, Period month) throws IOException {
        if (!hasMonthFolders(input)) {
            return input;
        }
        Path folder = input.resolve(month.toString());
        return Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? folder : null;
    }

    private static boolean hasMonthFolders(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return false;
        }
        try (Stream<Path> children = Files.list(input)) {
            return children.anyMatch(p -> MONTH.matcher(p.getFileName().toString()).matches()
                    && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        }
    }
}
