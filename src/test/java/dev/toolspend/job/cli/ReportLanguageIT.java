package dev.toolspend.job.cli;

import dev.toolspend.generate.DatasetGenerator;
import dev.toolspend.generate.ExportForm;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string of the workbook is a value of the inputs, a name of the catalog, a figure, or rendered from the
 * report language's bundle: a sentence of the other language (or one built outside the bundles) fails, wherever it
 * hides. For the samples and for a generated company whose exports are French and hold odd rows, in both languages.
 */
class ReportLanguageIT {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} report of {1}")
    @CsvSource({"fr, samples", "en, samples", "fr, generated", "en, generated"})
    void everyStringOfTheWorkbookIsInTheReportLanguage(String language, String inputs) throws IOException {
        Path input = Path.of("input-samples");
        if (inputs.equals("generated")) {
            input = temp.resolve("generated");
            new DatasetGenerator(new DatasetGenerator.Settings(input, 40, 1, 3, 11, YearMonth.of(2026, 10), 0,
                    ExportForm.FRENCH, true)).generate();
        }
        Path output = temp.resolve("out");
        assertThat(ToolspendCommand.commandLine().execute("--input", input.toString(), "--output",
                output.toString(), "--period", "2026-10", "--lang", language, "--data-dir",
                temp.resolve("data").toString())).isZero();
        assertThat(new ReportWords(language, input).strangers(output.resolve(
                language.equals("en") ? "toolspend-2026-10.xlsx" : "toolspend-2026-10-" + language + ".xlsx")))
                .as("strings of the %s workbook from no input, catalog name or %s label", language, language).isEmpty();
    }
}
