package dev.toolspend.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

/** For tests of other packages: a generated company's months, one folder each ({@code OUT/YYYY-MM/}), and its truth. */
public final class GeneratedMonths {

    private GeneratedMonths() {
    }

    /** {@code months} months of a 40-person company ending with {@code last} (seed 2), as CompanyYearIT makes them. */
    public static void generate(Path out, int months, YearMonth last) throws IOException {
        new CompanyYear(new DatasetGenerator.Settings(out, 40, months, 4, 2, last, 0)).generate();
    }
}
