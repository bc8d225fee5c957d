package dev.toolspend.job.cli;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.catalog.LabelledScore;
import dev.toolspend.catalog.Match;
import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.ingest.UserCatalogFiles;
import dev.toolspend.model.Category;
import dev.toolspend.model.Rejection;
import dev.toolspend.report.Labels;
import dev.toolspend.report.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code toolspend match}: shows how descriptors resolve, for people tuning their catalog. One
 * tab-separated line per descriptor, in input order: the descriptor, its normalised form, the tool id
 * (or none), the category, and the alias or rule that decided.
 */
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Shows how billing descriptors resolve to catalog tools: one tab-separated line per descriptor "
                + "(descriptor, normalised form, tool id or none, category, the alias or rule that matched), in input order.",
                "Descriptors come from the arguments, or one per line from standard input; a tab separates an optional "
                        + "description (the product named on an invoice line).", ""})
public class MatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DESCRIPTOR", arity = "0..*", description = "Descriptors; none: read standard input.")
    List<String> descriptors = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "FILE", description = "A user catalog (CSV or workbook) to lay over the shipped one.")
    Path catalogFile;

    @Option(names = "--input", paramLabel = "DIR", description = "An input folder whose user-catalog files to use.")
    Path input;

    @Option(names = "--score", paramLabel = "FILE", description = "A labelled TSV (style, descriptor, description, "
            + "product, vendor; src/test/resources/catalog/descriptors-v2/README.md): precision, recall and non-software "
            + "lines given a tool, per style and overall.")
    Path scoreFile;

    @Option(names = "--show-misses", description = "With --score: also list every line matched wrongly (refused for a "
            + "held-out set, which is only ever measured).")
    boolean showMisses;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Labels english = Labels.of("en");      // a tool for people tuning a catalog: the rules in English
        Catalog effective = Catalog.shipped();
        for (Path source : new Path[]{catalogFile, input}) {
            if (source != null) {
                UserCatalogFiles.Read read = UserCatalogFiles.read(source);
                for (Rejection rejection : read.rejections()) {
                    System.err.println(SafeText.forConsole(english.get("console.userCatalogRow",
                            rejection.source().toString(), english.message(rejection.reason()))));
                }
                effective = effective.withUserEntries(read.entries());
            }
        }
        Catalog catalog = effective;
        if (scoreFile != null) {
            return score(catalog, english, out);
        }
        ToolMatcher matcher = catalog.matcher();
        List<String> lines = descriptors.isEmpty() ? standardInput() : descriptors;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String descriptor = tab < 0 ? line : line.substring(0, tab);
            String description = tab < 0 ? null : line.substring(tab + 1);
            Match match = matcher.matchCharge(descriptor, description);
            String category = match.matched()
                    ? catalog.tool(match.toolId()).flatMap(t -> catalog.category(t.categoryId())).map(Category::nameEn).orElse("")
                    : "";
            out.println(Stream.of(line.replace('\t', ' '), match.normalised(), match.matched() ? match.toolId() : "none",
                    category, english.message(match.rule())).map(SafeText::forConsole).collect(Collectors.joining("\t")));
        }
        return 0;
    }

    /**
     * Scores a labelled file. Only figures are printed: the lines of a held-out set are never shown, so that nobody
     * tunes on it by accident.
     */
    private int score(Catalog catalog, Labels english, PrintStream out) throws IOException {
        boolean heldOut = scoreFile.getFileName() != null && scoreFile.getFileName().toString().contains("held-out");
        if (showMisses && heldOut) {
            System.err.println(SafeText.forConsole(english.get("console.scoreHeldOut", scoreFile.toString())));
            return 2;
        }
        LabelledScore score = LabelledScore.of(catalog, Files.readAllLines(scoreFile, StandardCharsets.UTF_8));
        out.println(english.get("console.scoreHeader"));
        score.byStyle().forEach((style, figures) -> out.println(row(english, SafeText.forConsole(style), figures)));
        out.println(row(english, english.get("console.scoreAll"), score.overall()));
        out.println(english.get("console.scoreMissesHeader"));
        score.missesByKind().forEach((kind, count) ->
                out.println(english.get("console.scoreMissKind." + kind.name()) + "\t" + count));
        if (showMisses) {
            for (LabelledScore.Line line : score.lines()) {
                if (line.miss()) {
                    out.println(Stream.of(english.get("console.scoreMiss"), line.style(), line.descriptor(),
                                    line.description(), line.label(), String.valueOf(line.expected()),
                                    line.actual() == null ? "none" : line.actual())
                            .map(SafeText::forConsole).collect(Collectors.joining("\t")));
                }
            }
        }
        return 0;
    }

    private static String row(Labels english, String style, LabelledScore.Figures f) {
        return english.get("console.scoreRow", style, String.valueOf(f.lines()),
                percent(f.precision()), String.valueOf(f.correct()), String.valueOf(f.given()),
                percent(f.recall()), String.valueOf(f.correct()), String.valueOf(f.software()),
                percent(f.falsePositiveRate()), String.valueOf(f.noneGiven()), String.valueOf(f.none()));
    }

    private static String percent(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * ratio);
    }

    private static List<String> standardInput() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return reader.lines().filter(l -> !l.isBlank()).toList();
    }
}
