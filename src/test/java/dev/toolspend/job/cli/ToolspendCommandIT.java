package dev.toolspend.job.cli;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.job.JobRunner;
import dev.toolspend.job.ToolspendProperties;
import dev.toolspend.job.ToolspendVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end: options outrank application.yml, and the report follows --lang. */
@ExtendWith(OutputCaptureExtension.class)
class ToolspendCommandIT {

    @TempDir
    Path temp;

    private int run(String... args) {
        return ToolspendCommand.commandLine(args).execute(args);
    }

    /** Words that read as English (what a French sentence never holds as a whole word). */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|not|and|with|must|expected|has|from|update|add|without|should|cannot|never|no)\\b");

    /** Every text cell of the French workbook, Data quality's reasons included: none is English. */
    @Test
    void theFrenchWorkbookHasNoEnglish() throws IOException {
        int status = run("--input", "input-samples", "--output", temp.resolve("out").toString(), "--period", "2026-10",
                "--lang", "fr", "--data-dir", temp.resolve("data").toString());
        assertThat(status).isZero();

        Set<String> englishOnly = values("en");
        englishOnly.removeAll(values("fr"));
        // the inputs' own words (an English register's "Renewal date" header) are shown as they are written
        Inventory inputs = InputScanner.scan(Path.of("input-samples"), null);
        inputs.sources().forEach(s -> englishOnly.removeAll(s.columns()));
        inputs.ignored().forEach(i -> englishOnly.removeAll(i.columns()));
        Set<String> english = new TreeSet<>();
        String reasonOfTheRejectedAmount = null;
        assertThat(temp.resolve("out/toolspend-2026-10.xlsx")).as("the plain name is English's").doesNotExist();
        try (Workbook workbook = WorkbookFactory.create(temp.resolve("out/toolspend-2026-10-fr.xlsx").toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Sommaire");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        assertThat(englishOnly).as("%s!%s", sheet.getSheetName(), cell.getAddress()).doesNotContain(text);
                        if (ENGLISH.matcher(text).find()) {
                            english.add(text);
                        }
                        if (text.equals("N/D") && sheet.getSheetName().equals("Qualité des données")) {
                            reasonOfTheRejectedAmount = row.getCell(cell.getColumnIndex() + 1).getStringCellValue();
                        }
                    }
                }
            }
        }
        assertThat(reasonOfTheRejectedAmount).as("the reason beside the rejected value N/D").isNotBlank();
        assertThat(english).as("English in the French workbook").isEmpty();
    }

    /** Money in the JSON: each of these is converted when the report currency changes; every other number is not. */
    private static final Set<String> MONEY = Set.of("spendInPeriod", "annualCost", "identifiedAnnualSavings",
            "costPerActiveUser", "annualSavings", "amount",
            // monthOverMonth and its price checks (percents are ratios, not money)
            "identifiedOpenAnnualSavings", "realizedThisPeriod", "realizedLast12Months", "monthlySeatPrice",
            "lastYearMonthlySeatPrice", "lastYearPerYear", "listMonthlySeatPrice", "listPerYear",
            "targetMonthlySeatPrice");

    /**
     * The samples reported in USD: their FX file is CAD-based (Taux (CAD)), so every amount goes through CAD; each
     * money figure is the CAD run's divided by the USD rate (1.38), within a cent, and every other figure is the
     * same. No line is dropped for want of a rate.
     */
    @Test
    void anotherReportCurrencyConvertsEveryFigureThroughTheFilesBase() throws IOException {
        assertThat(run("--input", "input-samples", "--output", temp.resolve("cad").toString(), "--period", "2026-10",
                "--data-dir", temp.resolve("data").toString())).isZero();
        assertThat(run("--input", "input-samples", "--output", temp.resolve("usd").toString(), "--period", "2026-10",
                "--currency", "USD", "--data-dir", temp.resolve("data").toString())).isZero();
        JsonNode cad = JsonMapper.shared().readTree(temp.resolve("cad/toolspend-2026-10.json").toFile());
        JsonNode usd = JsonMapper.shared().readTree(temp.resolve("usd/toolspend-2026-10.json").toFile());
        assertThat(usd.get("currency").asString()).isEqualTo("USD");
        assertThat(usd.get("dataQuality").get("rowsRejected")).isEqualTo(cad.get("dataQuality").get("rowsRejected"));
        List<String> differences = new ArrayList<>();
        compareConverted("$", cad, usd, null, new BigDecimal("1.38"), differences);
        assertThat(differences).isEmpty();
    }

    private static void compareConverted(String path, JsonNode cad, JsonNode usd, String name, BigDecimal rate,
                                         List<String> out) {
        if (cad.isObject()) {
            cad.propertyNames().forEach(n -> compareConverted(path + "." + n, cad.get(n), usd.get(n), n, rate, out));
        } else if (cad.isArray()) {
            for (int i = 0; i < cad.size(); i++) {
                compareConverted(path + "[" + i + "]", cad.get(i), usd.get(i), name, rate, out);
            }
        } else if (cad.isNumber() && MONEY.contains(name)) {
            BigDecimal expected = cad.decimalValue().divide(rate, 10, RoundingMode.HALF_UP);
            if (usd == null || expected.subtract(usd.decimalValue()).abs().compareTo(new BigDecimal("0.01")) > 0) {
                out.add(path + ": " + usd + " but " + cad + " / " + rate + " = " + expected);
            }
        } else if (cad.isNumber() && (usd == null || cad.decimalValue().compareTo(usd.decimalValue()) != 0)) {
            out.add(path + ": " + usd + " but " + cad + " in CAD");
        }
    }

    /**
     * The samples leave two billing lines out (a GBP line without a rate, an amount written N/D): the Summary's first
     * lines and the console's last ones say so, and --strict makes the run exit 3 with its workbook written. The same
     * files with a GBP rate and without the N/D line are complete: --strict exits 0.
     */
    @Test
    void strictRunsExitThreeWhenMoneyIsLeftOutAndStillWriteTheWorkbook(CapturedOutput out) throws IOException {
        Path incomplete = temp.resolve("incomplete");
        assertThat(run("--input", "input-samples", "--output", incomplete.toString(), "--period", "2026-10", "--strict",
                "--data-dir", temp.resolve("data").toString())).isEqualTo(JobRunner.INCOMPLETE);
        List<String> said = out.getOut().lines().toList();
        assertThat(said.subList(said.size() - 2, said.size())).containsExactly(
                "Not counted: 1 billing line, 89.00 GBP — no FX rate for GBP",
                "Not counted: 1 billing line rejected, amount unreadable — see Data quality");
        try (Workbook workbook = WorkbookFactory.create(incomplete.resolve("toolspend-2026-10.xlsx").toFile())) {
            Sheet summary = workbook.getSheetAt(0);
            Cell first = summary.getRow(1).getCell(0);
            assertThat(first.getStringCellValue()).isEqualTo(said.get(said.size() - 2));
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo(said.get(said.size() - 1));
            assertThat(first.getCellStyle().getFillForegroundColor())
                    .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
        }
        JsonNode json = JsonMapper.shared().readTree(incomplete.resolve("toolspend-2026-10.json").toFile());
        assertThat(json.get("totals").get("notCounted").get(0).get("amounts").get("GBP").decimalValue())
                .isEqualByComparingTo("89.00");

        Path complete = temp.resolve("complete-input");
        dev.toolspend.job.Folders.copy(Path.of("input-samples"), complete);
        Files.writeString(complete.resolve("fx-rates.csv"), "GBP;1,85\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path october = complete.resolve("billing/card-statement-2026-10.csv");
        List<String> lines = Files.readAllLines(october, java.nio.charset.Charset.forName("windows-1252"));
        Files.write(october, lines.stream().filter(line -> !line.contains(";N/D;")).toList(),
                java.nio.charset.Charset.forName("windows-1252"));
        assertThat(run("--input", complete.toString(), "--output", temp.resolve("complete").toString(), "--period",
                "2026-10", "--strict", "--data-dir", temp.resolve("data").toString())).isZero();
        JsonNode completeJson = JsonMapper.shared().readTree(temp.resolve("complete/toolspend-2026-10.json").toFile());
        assertThat(completeJson.get("totals").get("notCounted")).isEmpty();
    }

    /** --help in French: every section and every option (a key per option of the command) from the French help. */
    @Test
    void theHelpSpeaksTheReportLanguage(CapturedOutput out) {
        assertThat(run("--lang", "fr", "--help")).isZero();
        assertThat(out.getOut()).contains("Utilisation : toolspend", "Dossier des fichiers du mois", "Code de sortie :",
                "3   avec --strict", "Commandes :").doesNotContain("Folder with the month's files", "Exit status");
        for (java.util.Locale locale : List.of(java.util.Locale.ROOT, java.util.Locale.CANADA_FRENCH)) {
            java.util.ResourceBundle help = java.util.ResourceBundle.getBundle("i18n/help", locale,
                    java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            new CommandLine(new ToolspendCommand()).getCommandSpec().options().forEach(option ->
                    assertThat(help.getString("toolspend." + option.longestName().replaceFirst("^-+", "")))
                            .as("%s help for %s", locale, option.longestName()).isNotBlank());
        }
        assertThat(run("--help")).isZero();
        assertThat(out.getOut()).contains("Folder with the month's files", "Exit status:");
    }

    /**
     * The console in French: French plurals (0 and 1 singular), timings with a decimal comma, the table lines' columns
     * aligned whatever the length of the French kinds, and a missing --input said in French.
     */
    @Test
    void theConsoleSpeaksTheReportLanguage(CapturedOutput out) {
        assertThat(run("--input", "input-samples", "--output", temp.resolve("fr").toString(), "--period", "2026-10",
                "--lang", "fr", "--data-dir", temp.resolve("data").toString())).isZero();
        List<String> lines = out.getOut().lines().toList();
        assertThat(lines).contains("14 fichiers trouvés : 13 tableaux reconnus, 1 fichier ou feuille ignoré");
        List<String> tables = lines.stream().filter(line -> line.contains(" lignes lues : ")).toList();
        assertThat(tables).hasSize(13).allSatisfy(line -> assertThat(line).matches(".* \\d+,\\d\\d s$"));
        assertThat(tables).anySatisfy(line -> assertThat(line).contains("2 lignes lues : 2 utilisées, 0 rejetée, 0 écartée"));
        assertThat(tables.stream().map(line -> line.indexOf(line.strip().split(" {2,}", -1)[1])).distinct())
                .as("the file column starts at one place").hasSize(1);
        assertThat(tables.stream().map(String::length).distinct()).as("the timings end at one place").hasSize(1);
        assertThat(run("--lang", "fr", "--period", "2026-10")).isEqualTo(2);
        assertThat(out.getErr()).contains("toolspend arrêté : --input est obligatoire");
    }

    /** The version is the build's (build-info.properties from the POM), never one written in code. */
    @Test
    void theVersionIsTheBuilds(CapturedOutput out) throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher declared = java.util.regex.Pattern
                .compile("<artifactId>toolspend</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(declared.find()).isTrue();
        assertThat(run("--version")).isZero();
        assertThat(out.getOut()).contains("toolspend " + declared.group(1));
        assertThat(ToolspendVersion.current()).isEqualTo(declared.group(1));
    }

    @Test
    void wrongCommandLinesExitWithTwoAndOneLineOnTheErrorStream(CapturedOutput out) throws IOException {
        assertThat(run("--period", "2026-10")).isEqualTo(2);  // --input is required
        assertThat(out.getErr()).contains("--input is required: the folder of the month's files");
        Path file = Files.writeString(temp.resolve("statement.csv"), "date,vendor,amount\n");
        assertThat(run("--input", file.toString())).isEqualTo(2);
        assertThat(out.getErr()).contains("--input must be a folder, and " + file.toAbsolutePath() + " is a file");
        assertThat(run("--input", "input-samples", "--period", "2026-10", "--schedule", "0 0 6 2 * *")).isEqualTo(2);
        assertThat(out.getErr()).contains("--period '2026-10' cannot go with a schedule");
        assertThat(out.getOut()).doesNotContain("toolspend stopped");
        assertThat(run("--input", "input-samples", "--period", "October")).isEqualTo(2);
        assertThat(run("--input", "input-samples", "--schedule", "every month")).isEqualTo(2);
        assertThat(run("--help")).isZero();
    }

    /** A monitor reads last-run.json; a person runs status: both say how each run ended. */
    @Test
    void everyRunLeavesLastRunJsonAndStatusListsThem(CapturedOutput out) throws IOException {
        Path output = temp.resolve("out");
        String data = temp.resolve("data").toString();
        assertThat(run("--input", "input-samples", "--output", output.toString(), "--period", "2026-10",
                "--data-dir", data)).isZero();
        JsonNode done = JsonMapper.shared().readTree(output.resolve("last-run.json").toFile());
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("exitCode").asInt()).isZero();
        assertThat(done.get("period").asString()).isEqualTo("2026-10");
        assertThat(done.get("workbook").asString()).endsWith("toolspend-2026-10.xlsx");
        assertThat(done.get("counts").get("filesRead").asInt()).isEqualTo(13);

        assertThat(run("--input", "input-samples", "--output", output.toString(), "--period", "2025-01",
                "--data-dir", data)).isEqualTo(JobRunner.STOPPED);
        JsonNode stopped = JsonMapper.shared().readTree(output.resolve("last-run.json").toFile());
        assertThat(stopped.get("status").asString()).isEqualTo("stopped");
        assertThat(stopped.get("reason").asString()).isEqualTo("noBilling");
        assertThat(stopped.get("exitCode").asInt()).isEqualTo(JobRunner.STOPPED);

        assertThat(run("status", "--data-dir", data)).isZero();
        assertThat(out.getOut().lines().filter(line -> line.startsWith("2026-10  COMPLETED  ")))
                .singleElement().asString().contains("input-samples", "44,715.95 CAD", "toolspend-2026-10.xlsx");
    }

    /**
     * A French and an English run of one period, on the same inputs and output folder, leave both reports side by
     * side, each in its language: the English run leaves the French files as they were, so the French run is
     * still already done afterwards.
     */
    @Test
    void aFrenchAndAnEnglishRunOfOnePeriodLeaveBothReports(CapturedOutput out) throws IOException {
        Path output = temp.resolve("out");
        String[] common = {"--input", "input-samples", "--output", output.toString(), "--period", "2026-10",
                "--data-dir", temp.resolve("data").toString()};
        assertThat(run(concat(common, "--lang", "fr"))).isZero();
        assertThat(names(output)).containsExactly("last-run.json", "toolspend-2026-10-fr.json",
                "toolspend-2026-10-fr.xlsx");
        byte[] frenchWorkbook = Files.readAllBytes(output.resolve("toolspend-2026-10-fr.xlsx"));
        byte[] frenchJson = Files.readAllBytes(output.resolve("toolspend-2026-10-fr.json"));

        assertThat(run(concat(common, "--lang", "en"))).isZero();
        assertThat(names(output)).containsExactly("last-run.json", "toolspend-2026-10-fr.json",
                "toolspend-2026-10-fr.xlsx", "toolspend-2026-10.json", "toolspend-2026-10.xlsx");
        assertThat(Files.readAllBytes(output.resolve("toolspend-2026-10-fr.xlsx"))).isEqualTo(frenchWorkbook);
        assertThat(Files.readAllBytes(output.resolve("toolspend-2026-10-fr.json"))).isEqualTo(frenchJson);
        assertReportIn("en", output.resolve("toolspend-2026-10.xlsx"), output.resolve("toolspend-2026-10.json"));
        assertReportIn("fr", output.resolve("toolspend-2026-10-fr.xlsx"), output.resolve("toolspend-2026-10-fr.json"));
        assertThat(out.getOut()).contains("Workbook: " + output.toAbsolutePath().resolve("toolspend-2026-10.xlsx"),
                "Classeur : " + output.toAbsolutePath().resolve("toolspend-2026-10-fr.xlsx"));

        assertThat(run(concat(common, "--lang", "fr"))).isZero();
        assertThat(out.getOut()).contains("La période 2026-10 est déjà traitée pour ces fichiers d'entrée");
        assertThat(Files.readAllBytes(output.resolve("toolspend-2026-10-fr.xlsx"))).isEqualTo(frenchWorkbook);
    }

    /**
     * --lang en,fr writes the four files from one run, each pair in its language; the console speaks the first
     * language and names them all; last-run.json and the archive hold both languages.
     */
    @Test
    void oneRunWritesBothLanguagesAndListsThemAll(CapturedOutput out) throws IOException {
        Path output = temp.resolve("out");
        Path archive = temp.resolve("archive");
        assertThat(run("--input", "input-samples", "--output", output.toString(), "--period", "2026-10", "--lang",
                "en,fr", "--archive", archive.toString(), "--data-dir", temp.resolve("data").toString())).isZero();
        assertThat(names(output)).containsExactly("last-run.json", "toolspend-2026-10-fr.json",
                "toolspend-2026-10-fr.xlsx", "toolspend-2026-10.json", "toolspend-2026-10.xlsx");
        assertReportIn("en", output.resolve("toolspend-2026-10.xlsx"), output.resolve("toolspend-2026-10.json"));
        assertReportIn("fr", output.resolve("toolspend-2026-10-fr.xlsx"), output.resolve("toolspend-2026-10-fr.json"));
        JsonNode english = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        JsonNode french = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10-fr.json").toFile());
        assertThat(french.get("totals").get("identifiedAnnualSavings"))
                .isEqualTo(english.get("totals").get("identifiedAnnualSavings"));
        Path absolute = output.toAbsolutePath();
        assertThat(out.getOut()).contains("Workbook: " + absolute.resolve("toolspend-2026-10.xlsx"),
                "Workbook: " + absolute.resolve("toolspend-2026-10-fr.xlsx"),
                "JSON:     " + absolute.resolve("toolspend-2026-10-fr.json"), "workbook and JSON (en, fr) and manifest")
                .doesNotContain("Classeur");

        JsonNode last = JsonMapper.shared().readTree(output.resolve("last-run.json").toFile());
        assertThat(last.get("status").asString()).isEqualTo("completed");
        assertThat(last.get("workbook").asString()).isEqualTo(absolute.resolve("toolspend-2026-10.xlsx").toString());
        assertThat(last.get("reports")).hasSize(2);
        assertThat(last.get("reports").get(1).get("language").asString()).isEqualTo("fr");
        assertThat(last.get("reports").get(1).get("workbook").asString())
                .isEqualTo(absolute.resolve("toolspend-2026-10-fr.xlsx").toString());
        assertThat(last.get("reports").get(1).get("json").asString())
                .isEqualTo(absolute.resolve("toolspend-2026-10-fr.json").toString());
        assertThat(last.get("counts").get("filesRead").asInt()).isEqualTo(13);

        Path archived;
        try (var runs = Files.list(archive.resolve("2026-10"))) {
            archived = runs.findFirst().orElseThrow();
        }
        assertThat(names(archived)).containsExactly("inputs", "manifest.json", "toolspend-2026-10-fr.json",
                "toolspend-2026-10-fr.xlsx", "toolspend-2026-10.json", "toolspend-2026-10.xlsx");
        for (String name : List.of("toolspend-2026-10-fr.xlsx", "toolspend-2026-10.xlsx")) {
            assertThat(Files.readAllBytes(archived.resolve(name))).isEqualTo(Files.readAllBytes(output.resolve(name)));
        }

        assertThat(run("--input", "input-samples", "--output", output.toString(), "--period", "2026-10", "--lang",
                "en,fr", "--data-dir", temp.resolve("data").toString())).isZero();
        assertThat(out.getOut()).contains("2026-10 is already done for these input files");
        JsonNode again = JsonMapper.shared().readTree(output.resolve("last-run.json").toFile());
        assertThat(again.get("status").asString()).isEqualTo("alreadyDone");
        assertThat(again.get("reports")).hasSize(2);
    }

    /** A report in its language: the workbook's sheet names and the JSON's sentences. */
    private static void assertReportIn(String language, Path workbook, Path json) throws IOException {
        try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {      // read only: never saved back
            assertThat(book.getSheetName(0)).as("%s", workbook.getFileName())
                    .isEqualTo(language.equals("fr") ? "Sommaire" : "Summary");
        }
        JsonNode report = JsonMapper.shared().readTree(json.toFile());
        String reason = report.get("totals").get("notCounted").get(0).get("text").asString();
        assertThat(reason).as("%s", json.getFileName())
                .startsWith(language.equals("fr") ? "Montants non comptés" : "Not counted");
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** A successful run is archived and verified; only then, and only with --archive-move, do originals leave; a failed run archives nothing. */
    @Test
    void archiveCopiesAVerifiedRunAndMovesOnlyWhenAsked() throws IOException {
        Path input = temp.resolve("inbox");
        dev.toolspend.job.Folders.copy(Path.of("input-samples"), input);
        Path archive = temp.resolve("archive");
        String[] common = {"--input", input.toString(), "--output", temp.resolve("out").toString(), "--data-dir",
                temp.resolve("data").toString(), "--archive", archive.toString()};

        assertThat(run(concat(common, "--period", "2025-01"))).isEqualTo(JobRunner.STOPPED);
        assertThat(archive).as("a failed run archives nothing").doesNotExist();

        assertThat(run(concat(common, "--period", "2026-10"))).isZero();
        List<Path> runs;
        try (var listed = Files.list(archive.resolve("2026-10"))) {
            runs = listed.sorted().toList();
        }
        assertThat(runs).hasSize(1);
        Path first = runs.get(0);
        assertThat(first.resolve("toolspend-2026-10.xlsx")).exists();
        assertThat(first.resolve("toolspend-2026-10.json")).exists();
        JsonNode manifest = JsonMapper.shared().readTree(first.resolve("manifest.json").toFile());
        assertThat(manifest.get("files")).hasSize(14);
        JsonNode card = null;
        for (JsonNode file : manifest.get("files")) {
            Path copy = first.resolve("inputs").resolve(file.get("name").asString());
            assertThat(dev.toolspend.ingest.table.Sha256.of(copy)).isEqualTo(file.get("sha256").asString())
                    .isEqualTo(dev.toolspend.ingest.table.Sha256.of(input.resolve(file.get("name").asString())));
            if (file.get("name").asString().equals("billing/card-statement-2026-10.csv")) {
                card = file;
            }
        }
        assertThat(card).isNotNull();
        assertThat(card.get("kind").asString()).isEqualTo("billing");
        assertThat(card.get("tables").get(0).get("read").asLong()).isEqualTo(31);
        assertThat(card.get("tables").get(0).get("rejected").asLong()).isEqualTo(2);
        assertThat(input.resolve("billing/card-statement-2026-10.csv")).as("copied, not moved").exists();

        assertThat(run(concat(common, "--period", "2026-10", "--archive-move"))).isZero();
        assertThat(input.resolve("billing/card-statement-2026-10.csv")).as("moved once verified").doesNotExist();
        assertThat(input.resolve("licenses/license-register.xlsx")).doesNotExist();
        assertThat(input.resolve("README.md")).as("not an input: stays").exists();
        try (var listed = Files.list(archive.resolve("2026-10"))) {
            assertThat(listed.count()).isEqualTo(2);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** A limit set below 1 stops the run before it reads anything, naming the setting in the report language. */
    @Test
    void aReadLimitBelowOneIsSaidByItsName(CapturedOutput out) {
        System.setProperty("toolspend.limits.max-columns", "0");
        try {
            assertThat(run("--input", "input-samples", "--output", temp.resolve("out").toString(), "--lang", "fr",
                    "--data-dir", temp.resolve("data").toString())).isEqualTo(JobRunner.STOPPED);
        } finally {
            System.clearProperty("toolspend.limits.max-columns");
        }
        assertThat(out.getErr()).contains("toolspend arrêté : toolspend.limits.max-columns doit valoir au moins 1");
    }

    /** A password on the command line is readable by every user of the machine (ps): refused; a file or the environment. */
    @Test
    void theDatabasePasswordNeverComesFromTheCommandLine(CapturedOutput out) throws IOException {
        assertThat(run("--input", "input-samples", "--db-password", "s3cret")).isEqualTo(2);
        assertThat(out.getErr()).contains("--db-password is not accepted", "SPRING_DATASOURCE_PASSWORD");
        assertThat(out.getAll()).doesNotContain("s3cret");
        assertThat(run("--input", "input-samples", "--db-password-file", temp.resolve("none").toString())).isEqualTo(2);
        Path secret = Files.writeString(temp.resolve("db-password"), "s3cret \nsecond line\n");
        ToolspendCommand command = new ToolspendCommand();
        new CommandLine(command).parseArgs("--input", "in", "--db-password-file", secret.toString());
        assertThat(command.settings()).containsEntry("spring.datasource.password", "s3cret");
    }

    @Test
    void howToReadAmbiguousColumnsIsASetting() {
        ToolspendCommand command = new ToolspendCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs("--input", "in", "--input-locale", "fr-CA", "--date-order", "dmy");
        assertThat(command.settings()).containsEntry("toolspend.input-locale", "fr-CA")
                .containsEntry("toolspend.date-order", "DMY");
        ToolspendProperties properties = new ToolspendProperties("CAD", "fr", java.time.ZoneId.of("America/Toronto"),
                "data", null, null, java.util.Locale.forLanguageTag("fr-CA"), dev.toolspend.ingest.value.DateOrder.DMY, 0, null,
                false, null, null, null, null, null, null);
        assertThat(properties.ingestSettings()).isEqualTo(new dev.toolspend.ingest.value.IngestSettings(
                java.time.ZoneId.of("America/Toronto"), dev.toolspend.ingest.value.DecimalMark.COMMA,
                dev.toolspend.ingest.value.DateOrder.DMY, "CAD"));
    }

    @Test
    void anUnknownLanguageStopsBeforeAnythingRuns() {
        assertThat(run("--input", "input-samples", "--output", temp.resolve("out").toString(), "--lang", "de",
                "--data-dir", temp.resolve("data").toString())).isEqualTo(2);
        assertThat(run("--input", "input-samples", "--output", temp.resolve("out").toString(), "--headroom", "-0.1",
                "--data-dir", temp.resolve("data").toString())).isEqualTo(JobRunner.STOPPED);
        assertThat(temp.resolve("out/toolspend-2026-10.xlsx")).doesNotExist();
    }

    @Test
    void matchPrintsOneTabSeparatedLinePerDescriptorInOrder(CapturedOutput out) throws IOException {
        Path catalog = Files.writeString(temp.resolve("catalog.csv"),
                "id,name,vendor,category,aliases\nlumen-analytics,Lumen Analytics,Lumen,analytics,lumen analytics\n");
        int status = run("match", "--catalog", catalog.toString(), "LUMEN ANALYTICS INC", "PAYPAL *ATLASSIAN",
                "STARBUCKS #1234 MONTREAL QC");
        assertThat(status).isZero();
        assertThat(out.getOut().lines().toList()).containsSubsequence(
                "LUMEN ANALYTICS INC\tlumen analytics\tlumen-analytics\tWeb & product analytics\talias \"lumen analytics\"",
                "PAYPAL *ATLASSIAN\tatlassian\tvendor-atlassian\tUncategorised\tvendor-level: Atlassian sells "
                        + Catalog.shipped().toolsOfVendor("Atlassian").size() + " tools and the line does not say which",
                "STARBUCKS #1234 MONTREAL QC\tstarbucks\tnone\t\tno alias");
    }

    @Test
    void aConfiguredUserCatalogIsUsedByTheJob() throws IOException {
        Path catalog = Files.writeString(temp.resolve("catalog.csv"),
                "id,name,vendor,category,aliases\nlumen-analytics,Lumen Analytics,Lumen,analytics,lumen analytics\n");
        int status = run("--input", "input-samples", "--output", temp.resolve("out").toString(), "--period", "2026-10",
                "--catalog", catalog.toString(), "--data-dir", temp.resolve("data").toString());
        assertThat(status).isZero();
        assertThat(Files.readString(temp.resolve("out/toolspend-2026-10.json"))).contains("\"id\" : \"lumen-analytics\"");
        assertThat(run("--input", "input-samples", "--output", temp.resolve("out").toString(),
                "--catalog", temp.resolve("missing.csv").toString(), "--data-dir", temp.resolve("data").toString()))
                .isEqualTo(JobRunner.STOPPED);
    }

    private static Set<String> values(String language) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = ToolspendCommandIT.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> values = new HashSet<>();
        labels.stringPropertyNames().forEach(k -> values.add(labels.getProperty(k)));
        return values;
    }
}
