package dev.toolspend.job;

import dev.toolspend.ingest.DecisionsReader;
import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.Decision;
import dev.toolspend.model.DecisionsRead;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;
import dev.toolspend.model.SourceRef;
import dev.toolspend.report.ReportWriter;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a run's decisions come from (README, "Decisions"), and the versions of a workbook a rerun replaces.
 *
 * <p>A run for {@code P} reads, in this order, the workbook given by {@code toolspend.decisions} ({@code --decisions})
 * or else the latest earlier period's {@code toolspend-YYYY-MM*.xlsx} in the output folder, then this period's own
 * workbook when a run already wrote it (a rerun): a finding's row in the own workbook wins, blank or not, since it is
 * the newer. What was read is digested into the run's identity ({@link JobParams#DECISIONS}).
 */
final class DecisionFiles {

    private static final Pattern NAMED_PERIOD = Pattern.compile(".*?(\\d{4}-(?:0[1-9]|1[0-2])).*");

    private DecisionFiles() {
    }

    /**
     * The decisions a run uses (those that say something, one per finding), the problems met reading them, the
     * files read and their digest.
     */
    record Loaded(List<Decision> decisions, List<DataNote> problems, List<String> readFrom, String digest) {
    }

    static Loaded load(Path output, Period period, String explicit, ReadLimits limits) {
        Map<String, Decision> byFinding = new LinkedHashMap<>();
        List<DataNote> problems = new ArrayList<>();
        List<String> readFrom = new ArrayList<>();
        if (!explicit.isEmpty()) {
            Path file = Path.of(explicit);
            if (!Files.isRegularFile(file)) {
                problems.add(new DataNote(new SourceRef(explicit, null, 0), null, null, null,
                        Message.of("decisions.missing")));
            } else {
                read(file, explicit, periodOf(file, period), limits, byFinding, problems, readFrom);
            }
        } else {
            previousWorkbook(output, period).ifPresent(file -> read(file, file.getFileName().toString(),
                    periodOf(file, period), limits, byFinding, problems, readFrom));
        }
        for (Path own : ownWorkbooks(output, period)) {
            read(own, own.getFileName().toString(), period, limits, byFinding, problems, readFrom);
        }
        List<Decision> typed = byFinding.values().stream().filter(Decision::typed)
                .sorted(Comparator.comparing(Decision::findingId)).toList();
        return new Loaded(typed, List.copyOf(problems), List.copyOf(readFrom), digest(typed));
    }

    /** Each row of a workbook replaces what an earlier one said of the same finding. */
    private static void read(Path file, String shownAs, Period period, ReadLimits limits,
                             Map<String, Decision> byFinding, List<DataNote> problems, List<String> readFrom) {
        DecisionsRead read = DecisionsReader.read(file, shownAs, period, limits);
        Map<String, Decision> own = new LinkedHashMap<>();
        read.decisions().forEach(d -> own.merge(d.findingId(), d, (a, b) -> a.typed() ? a : b));
        byFinding.putAll(own);
        problems.addAll(read.problems());
        readFrom.add(shownAs);
    }

    /**
     * The digest of what the run will carry: the findings, statuses, comments and periods decided in, not where
     * they were read (a rerun that reads its own workbook, prefilled with the same decisions, is the same run).
     */
    static String digest(List<Decision> decisions) {
        StringBuilder text = new StringBuilder();
        for (Decision d : decisions) {
            text.append(d.findingId()).append('\t').append(d.status()).append('\t').append(d.comment()).append('\t')
                    .append(d.decidedIn()).append('\n');
        }
        return Sha256.of(text.toString());
    }

    /**
     * The latest earlier period's workbook in the output folder ({@code toolspend-YYYY-MM.xlsx}, or a language
     * variant such as {@code toolspend-YYYY-MM-fr.xlsx}: the first by name when there are several).
     */
    static Optional<Path> previousWorkbook(Path output, Period period) {
        Workbook latest = null;
        for (Workbook workbook : workbooks(output)) {
            if (workbook.period().compareTo(period.toString()) < 0
                    && (latest == null || workbook.period().compareTo(latest.period()) > 0)) {
                latest = workbook;
            }
        }
        return Optional.ofNullable(latest).map(Workbook::file);
    }

    /** This period's own workbooks, in each language written (a rerun replaces them): by name. */
    static List<Path> ownWorkbooks(Path output, Period period) {
        return workbooks(output).stream().filter(w -> w.period().equals(period.toString())).map(Workbook::file).toList();
    }

    /** A report workbook in the output folder and the period it is of. */
    private record Workbook(String period, Path file) {
    }

    /** The report workbooks in the output folder ({@link ReportWriter#workbookPeriod}), by name; none when unreadable. */
    private static List<Workbook> workbooks(Path output) {
        List<Workbook> found = new ArrayList<>();
        if (!Files.isDirectory(output)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "toolspend-*.xlsx")) {
            for (Path file : files) {
                ReportWriter.workbookPeriod(file.getFileName().toString())
                        .filter(named -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                        .ifPresent(named -> found.add(new Workbook(named, file)));
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(w -> w.file().getFileName().toString()));
        return found;
    }

    /** The period a workbook's file name names; for a file named otherwise, the month before the run's. */
    static Period periodOf(Path file, Period run) {
        Matcher named = NAMED_PERIOD.matcher(file.getFileName().toString());
        Period period = named.matches() ? Period.parse(named.group(1)) : new Period(run.month().minusMonths(1));
        return period.month().isAfter(run.month()) ? run : period;
    }

    /**
     * Keeps {@code workbook} under the next free version name ({@code toolspend-2026-10.v1.xlsx}, {@code .v2}…)
     * before a rerun replaces it: a second link to it (or a copy where links are refused), never over an existing
     * file. Returns the version, or null when there was no workbook.
     */
    static Path keepVersion(Path workbook) throws IOException {
        if (!Files.isRegularFile(workbook, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String name = workbook.getFileName().toString();
        String stem = name.substring(0, name.length() - ".xlsx".length());
        for (int n = 1; ; n++) {
            Path version = workbook.resolveSibling(stem + ".v" + n + ".xlsx");
            if (Files.exists(version, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createLink(version, workbook);
                return version;
            } catch (FileAlreadyExistsException taken) {
                // taken meanwhile: the next name
            } catch (UnsupportedOperationException | FileSystemException refused) {
                try {
                    Files.copy(workbook, version);
                    return version;
                } catch (FileAlreadyExistsException taken) {
                    // taken meanwhile: the next name
                }
            }
        }
    }
}
