package dev.toolspend.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of matching on a labelled set of realistic descriptors and names
 * (src/test/resources/catalog/labelled-descriptors.tsv), labelled by real-world truth. Misses are
 * printed so the catalog can be improved; the thresholds are the product's promise.
 */
class MatchingAccuracyTest {

    private static final Path LABELLED = Path.of("src/test/resources/catalog/labelled-descriptors.tsv");
    /** Written after the rules were tuned on the labelled set, and never tuned on: the honest figure. */
    private static final Path HELD_OUT = Path.of("src/test/resources/catalog/held-out-descriptors.tsv");

    @Test
    void precisionAtLeast99AndRecallAtLeast95Percent() throws IOException {
        double[] figures = evaluate(LABELLED);
        assertThat(figures[0]).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(figures[1]).as("recall").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Measured at 96.6 % precision and 95.8 % recall when it was written, 99.6 % and 98.4 % after the catalog was
     * widened by class (docs/catalog.md). Its misses are not fixed one by one, or it would stop measuring anything;
     * this guards against regressions.
     */
    @Test
    void heldOutSetDoesNotRegress() throws IOException {
        double[] figures = evaluate(HELD_OUT);
        assertThat(figures[0]).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(figures[1]).as("recall").isGreaterThanOrEqualTo(0.98);
    }

    private static final Path CATALOG_SETS = Path.of("src/test/resources/catalog");

    /**
     * descriptors-v2, -v3 and -v6 to -v15, each written without looking at the catalog or the matcher (their READMEs).
     * The tuning halves (all of v7, v8, v9 and v13) were tuned on; their misses are printed. Floors: precision, recall,
     * false-positive ceiling, a little below what was reached (the later sets' misses are mostly products the catalog
     * lacks and labels the writers disagree on).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            descriptors-v2/tuning.tsv |  761 | 0.98 | 0.98 | 0.01
            descriptors-v3/tuning.tsv |  570 | 0.98 | 0.98 | 0.01
            descriptors-v6/tuning.tsv |  611 | 0.97 | 0.95 | 0.01
            descriptors-v7/tuning.tsv | 1200 | 0.96 | 0.93 | 0.025
            descriptors-v8/tuning.tsv | 1200 | 0.95 | 0.95 | 0.05
            descriptors-v9/tuning.tsv |  600 | 0.96 | 0.93 | 0.015
            descriptors-v10/tuning.tsv |  510 | 0.94 | 0.89 | 0.01
            descriptors-v11/tuning.tsv |  610 | 0.96 | 0.95 | 0.02
            descriptors-v12/tuning.tsv |  610 | 0.97 | 0.96 | 0.015
            descriptors-v13/tuning.tsv |  945 | 0.96 | 0.94 | 0.03
            descriptors-v14/tuning.tsv |  607 | 0.96 | 0.93 | 0.02
            descriptors-v15/tuning.tsv |  563 | 0.96 | 0.95 | 0.02
            """)
    void tuningSets(String set, int lines, double precision, double recall, double falsePositives) throws IOException {
        LabelledScore score = score(CATALOG_SETS.resolve(set));
        score.lines().stream().filter(LabelledScore.Line::miss).forEach(l -> System.out.printf(
                "  %s miss: %-10s %-50s %-30s expected %s got %s%n", set, l.style(), l.descriptor(),
                l.description(), l.label(), l.actual()));
        LabelledScore.Figures all = score.overall();
        assertFloors(all, lines, precision, recall, falsePositives);
    }

    /**
     * The held-out halves, never looked at: only their figures are printed, never a line. The product's promise is
     * precision ≥ 99 %, recall ≥ 95 % and ≤ 1 % of non-software lines given a tool; docs/catalog.md gives the figures
     * per style and whether it is reached. This asserts what was measured, a little below, as a floor against
     * regressions.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # set | lines | floors below what it measured last (docs/catalog.md): precision, recall, false-positive ceiling
            v2    |  754  | 0.97 | 0.96 | 0.015
            v3    |  550  | 0.96 | 0.95 | 0.03
            v6    |  589  | 0.97 | 0.95 | 0.03
            v10   |  490  | 0.95 | 0.95 | 0.04
            v11   |  590  | 0.97 | 0.94 | 0.02
            v12   |  590  | 0.97 | 0.93 | 0.02
            v14   |  593  | 0.95 | 0.93 | 0.09
            v15   |  545  | 0.95 | 0.92 | 0.07
            """)
    void heldOutHalfDoesNotRegress(String set, int lines, double precision, double recall, double falsePositives)
            throws IOException {
        LabelledScore score = score(CATALOG_SETS.resolve("descriptors-" + set).resolve("held-out.tsv"));
        score.byStyle().forEach((style, f) -> System.out.printf("  %s held-out %-16s precision %.3f recall %.3f "
                + "non-software given a tool %.3f%n", set, style, f.precision(), f.recall(), f.falsePositiveRate()));
        LabelledScore.Figures all = score.overall();
        System.out.printf("  %s held-out all: precision %.4f recall %.4f non-software given a tool %.4f%n",
                set, all.precision(), all.recall(), all.falsePositiveRate());
        assertFloors(all, lines, precision, recall, falsePositives);
    }

    private static void assertFloors(LabelledScore.Figures all, int lines, double precision, double recall,
                                     double falsePositives) {
        assertThat(all.lines()).isEqualTo(lines);
        assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(precision);
        assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(recall);
        assertThat(all.falsePositiveRate()).as("non-software lines given a tool").isLessThanOrEqualTo(falsePositives);
    }

    private static LabelledScore score(Path file) throws IOException {
        return LabelledScore.of(Catalog.shipped(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Prints precision, recall and every miss; returns {precision, recall}. */
    private static double[] evaluate(Path file) throws IOException {
        ToolMatcher matcher = Catalog.shipped().matcher();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int predicted = 0;
        int expectedTools = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        Map<String, int[]> bySource = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String source = f[0];
            String expected = f[3];
            String actual = predict(matcher, source, f[1], f[2]);
            int[] counts = bySource.computeIfAbsent(source, k -> new int[2]);
            counts[0]++;
            if (!expected.equals("none")) {
                expectedTools++;
            }
            if (!actual.equals("none")) {
                predicted++;
            }
            if (!actual.equals("none") && actual.equals(expected)) {
                correct++;
            }
            if (!actual.equals(expected)) {
                counts[1]++;
                misses.add(String.format("%-8s %-45s %-30s expected %-28s got %s", source, f[1], f[2], expected, actual));
            }
        }
        double precision = correct / (double) predicted;
        double recall = correct / (double) expectedTools;
        System.out.printf("matching %s: %d labelled, precision %.4f (%d/%d), recall %.4f (%d/%d)%n",
                file.getFileName(), lines.size() - 1, precision, correct, predicted, recall, correct, expectedTools);
        bySource.forEach((source, c) -> System.out.printf("  %-8s %4d rows, %3d misses%n", source, c[0], c[1]));
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertThat(lines).hasSizeGreaterThan(300);
        return new double[]{precision, recall};
    }

    /**
     * Each source the way its reader feeds the matcher: billing lines through the charge rules (a FOCUS
     * line as provider + service), names through the name rules (a Microsoft 365 report's products with
     * Microsoft as vendor hint).
     */
    static String predict(ToolMatcher matcher, String source, String descriptor, String description) {
        String detail = description.isEmpty() ? null : description;
        Match match = switch (source) {
            case "card", "invoice" -> matcher.matchCharge(descriptor, detail);
            case "focus" -> detail == null ? matcher.matchCharge(descriptor, null)
                    : matcher.matchCloudCharge(detail, descriptor, java.util.Set.of());
            case "m365" -> matcher.resolveName(descriptor, "Microsoft");
            default -> matcher.resolveName(descriptor);
        };
        return match.matched() && !match.toolId().startsWith(ToolMatcher.CUSTOM_PREFIX) ? match.toolId() : "none";
    }
}
