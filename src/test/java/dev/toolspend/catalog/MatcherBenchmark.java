package dev.toolspend.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * How fast descriptors are matched as the catalog grows (docs/performance.md). Not a unit test: timings
 * on shared machines are noisy, so this is run by hand and its figures kept as descriptors per second.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) dev.toolspend.catalog.MatcherBenchmark</pre>
 */
public final class MatcherBenchmark {

    private static final String[] WORDS = ("cloud data flow sync desk hub base stack grid pilot forge nest beam "
            + "spark orbit pulse vault quill loop wave peak lane node crate mint ember atlas nova zen core bolt "
            + "harbor prism relay ridge scout swift tide vertex").split(" ");

    public static void main(String[] args) throws IOException {
        int descriptors = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.println("| catalog entries | aliases | descriptors | median descriptors/s | min | max |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
        for (int size : new int[]{250, 2_500}) {
            run(size, descriptors);
        }
        shipped(Path.of("src/test/resources/catalog"));
    }

    /**
     * The shipped catalog on the labelled sets' tuning lines (real descriptors and descriptions): how long the catalog
     * takes to load, and lines matched per second after a warm-up, the median of five rounds.
     */
    private static void shipped(Path labelled) throws IOException {
        long loading = System.nanoTime();
        ToolMatcher matcher = Catalog.shipped().matcher();
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        List<String[]> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(labelled)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("tuning.tsv")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split("\t", -1))
                        .filter(f -> f.length >= 3).forEach(lines::add);
            }
        }
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            lines.forEach(f -> matcher.matchCharge(f[1], f[2].isBlank() ? null : f[2]));
        }
        double[] rates = new double[5];
        for (int round = 0; round < rates.length; round++) {
            long start = System.nanoTime();
            lines.forEach(f -> matcher.matchCharge(f[1], f[2].isBlank() ? null : f[2]));
            rates[round] = lines.size() / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("%nshipped catalog: %,d tools, loaded in %.1f s; %,d labelled tuning lines: median %,.0f lines/s "
                + "(min %,.0f, max %,.0f)%n", Catalog.shipped().tools().size(), loadSeconds, lines.size(), rates[2],
                rates[0], rates[4]);
    }

    private static void run(int tools, int count) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("id,name,vendor,category,aliases,domain\n");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tools; i++) {
            String name = WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + i;
            names.add(name);
            csv.append(String.format("t%d,%s,Vendor %d,misc,%s|%s app|%s %s,%s.io%n", i, name, i, name, name,
                    name, WORDS[random.nextInt(WORDS.length)], name));
        }
        Catalog catalog = Catalog.of("id,name_en,name_fr,overlap\nmisc,Misc,Divers,no\n", csv.toString(), "vendor,aliases\n");
        ToolMatcher matcher = catalog.matcher();
        String[] inputs = new String[count];
        for (int i = 0; i < count; i++) {
            String city = random.nextBoolean() ? " MONTREAL QC" : " SAN FRANCISCO CA";
            inputs[i] = i % 3 == 0
                    ? "SQ *CAFE " + WORDS[random.nextInt(WORDS.length)].toUpperCase(Locale.ROOT) + " #" + random.nextInt(999) + city
                    : "PAYPAL *" + names.get(random.nextInt(names.size())).toUpperCase(Locale.ROOT) + " 855-" + random.nextInt(9999) + city;
        }
        for (String input : inputs) {
            matcher.matchCharge(input, null);                            // warm-up
        }
        double[] rates = new double[5];
        int matched = 0;
        for (int round = 0; round < rates.length; round++) {
            long start = System.nanoTime();
            for (String input : inputs) {
                if (matcher.matchCharge(input, null).matched()) {
                    matched++;
                }
            }
            rates[round] = count / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf("| %,d | %,d | %,d | %,.0f | %,.0f | %,.0f |%n", tools, tools * 4, count, rates[2], rates[0],
                rates[4]);
        if (matched == 0) {
            throw new IllegalStateException("nothing matched: the benchmark measures nothing");
        }
    }
}
