package dev.toolspend.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles and the code agree: every key the code asks for is in both languages, and every key of the bundles is
 * used by the code, literally or under a prefix the code completes with a value ({@code "kind." + kind}).
 */
class BundleKeysTest {

    /** The calls that name a label, and the prefix each adds to its argument. */
    private static final List<Object[]> CALLS = List.of(
            new Object[]{Pattern.compile("labels\\.get\\(\"([^\"]+)\""), ""},
            new Object[]{Pattern.compile("Message\\.of\\(\"([^\"]+)\""), "msg."},
            new Object[]{Pattern.compile("\\.say\\(\"([^\"]+)\""), "console."},
            new Object[]{Pattern.compile("\\.stopped\\(\"([^\"]+)\""), "stop."},
            new Object[]{Pattern.compile("RunStoppedException\\(\"([^\"]+)\""), "stop."});
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][\\w.]*\\.");
    /** Prefixes too broad to count as a use of everything under them: their keys must be named whole. */
    private static final Set<String> BROAD = Set.of("msg.", "console.", "stop.");

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)\"\"\".*?\"\"\"", "")          // text blocks hold no key
                        .replaceAll("'(?:\\\\.|[^'\\\\])'", "''"))       // nor do char literals, '"' among them
                        .append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void everyKeyTheCodeNamesIsInBothBundles() throws IOException {
        String code = mainSources();
        Set<String> named = new TreeSet<>();
        for (Object[] call : CALLS) {
            Matcher m = ((Pattern) call[0]).matcher(code);
            while (m.find()) {
                if (!m.group(1).endsWith(".")) {
                    named.add(call[1] + m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        for (String language : List.of("en", "fr")) {
            Set<String> missing = new TreeSet<>(named);
            missing.removeAll(LabelsTest.bundle(language).stringPropertyNames());
            assertThat(missing).as("keys the code names that messages_%s lacks", language).isEmpty();
        }
    }

    @Test
    void everyBundleKeyIsUsed() throws IOException {
        Set<String> literals = new TreeSet<>();
        Matcher m = LITERAL.matcher(mainSources());
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> prefixes = new TreeSet<>();
        literals.stream().filter(l -> PREFIX.matcher(l).matches() && !BROAD.contains(l)).forEach(prefixes::add);
        Set<String> unused = new TreeSet<>();
        for (String key : LabelsTest.bundle("en").stringPropertyNames()) {
            boolean literal = Stream.of("", "msg.", "console.", "stop.")
                    .anyMatch(p -> key.startsWith(p) && literals.contains(key.substring(p.length())));
            boolean completed = prefixes.stream().anyMatch(p -> key.startsWith(p) || key.startsWith("msg." + p));
            if (!literal && !completed) {
                unused.add(key);
            }
        }
        assertThat(unused).as("bundle keys no code uses").isEmpty();
    }
}
