package dev.toolspend.job.cli;

import dev.toolspend.generate.DatasetGenerator;
import dev.toolspend.generate.ExportForm;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's rows read, used, rejected and skipped are the same on the console, in Data quality, on the Method sheet
 * and in the JSON — rows rejected after reading (a currency without an FX rate) included — for the samples and for
 * a generated company whose French exports hold odd rows.
 */
@ExtendWith(OutputCaptureExtension.class)
class CountsAgreeIT {

    /** "  billing      billing/card.csv [Sheet]   31 rows read: 29 used, 2 rejected, 0 skipped    0.04 s" */
    private static final Pattern CONSOLE = Pattern.compile("^  (?:billing|licenses|usage|FX rates|user catalog|HR roster)"
            + "\\s+(.+?)\\s+([\\d,]+) rows? read: ([\\d,]+) used, ([\\d,]+) rejected, ([\\d,]+) skipped\\s+[\\d.]+ s$");

    @TempDir
    Path temp;

    @Test
    void theSamplesCountsAgreeEverywhere(CapturedOutput out) throws IOException {
        assertCountsAgree(Path.of("input-samples"), out);
    }

    @Test
    void aGeneratedFrenchCompanysCountsAgreeEverywhere(CapturedOutput out) throws IOException {
        Path input = temp.resolve("in");
        new DatasetGenerator(new DatasetGenerator.Settings(input, 40, 1, 3, 7, YearMonth.of(2026, 10), 0,
                ExportForm.FRENCH, true)).generate();
        assertCountsAgree(input, out);
    }

    private void assertCountsAgree(Path input, CapturedOutput out) throws IOException {
        Path output = temp.resolve("out");
        int status = ToolspendCommand.commandLine().execute("--input", input.toString(), "--output",
                output.toString(), "--period", "2026-10", "--data-dir", temp.resolve("data").toString());
        assertThat(status).isZero();

        Map<String, List<Long>> console = new TreeMap<>();
        for (String line : out.getOut().lines().toList()) {
            Matcher m = CONSOLE.matcher(line);
            if (m.matches()) {
                console.put(m.group(1).strip(), List.of(number(m.group(2)), number(m.group(3)), number(m.group(4)),
                        number(m.group(5))));
            }
        }
        JsonNode json = JsonMapper.shared().readTree(output.resolve("toolspend-2026-10.json").toFile());
        Map<String, List<Long>> fromJson = new TreeMap<>();
        for (JsonNode t : json.get("dataQuality").get("tables")) {
            fromJson.put(table(t.get("file").asString(), t.get("sheet").isNull() ? null : t.get("sheet").asString()),
                    List.of(t.get("read").asLong(), t.get("used").asLong(), t.get("rejected").asLong(),
                            t.get("skipped").asLong()));
        }
        Map<String, List<Long>> quality = new TreeMap<>();
        Map<String, List<Long>> method = new TreeMap<>();
        try (Workbook workbook = WorkbookFactory.create(output.resolve("toolspend-2026-10.xlsx").toFile())) {
            for (Row row : workbook.getSheet("Files read")) {
                if ("read".equals(text(row, 3))) {
                    quality.put(table(text(row, 0), text(row, 1)), counts(row, 4));
                }
            }
            boolean inputs = false;
            for (Row row : workbook.getSheet("Method")) {
                if ("File".equals(text(row, 0)) && "Rows read".equals(text(row, 3))) {
                    inputs = true;
                } else if (inputs && row.getCell(3) != null && row.getCell(3).getCellType() == CellType.NUMERIC) {
                    method.put(table(text(row, 0), text(row, 2)), counts(row, 3));
                }
            }
        }
        assertThat(fromJson).isNotEmpty();
        assertThat(console).as("console").isEqualTo(fromJson);
        assertThat(quality).as("Files read").isEqualTo(fromJson);
        assertThat(method).as("Method").isEqualTo(fromJson);
        long read = fromJson.values().stream().mapToLong(c -> c.get(0)).sum();
        long rejected = fromJson.values().stream().mapToLong(c -> c.get(2)).sum();
        assertThat(json.get("dataQuality").get("rowsRead").asLong()).isEqualTo(read);
        assertThat(json.get("dataQuality").get("rowsRejected").asLong()).isEqualTo(rejected);
        fromJson.values().forEach(c -> assertThat(c.get(0)).isEqualTo(c.get(1) + c.get(2) + c.get(3)));
    }

    private static String table(String file, String sheet) {
        return sheet == null || sheet.isEmpty() ? file : file + " [" + sheet + "]";
    }

    private static List<Long> counts(Row row, int first) {
        return List.of(whole(row.getCell(first)), whole(row.getCell(first + 1)), whole(row.getCell(first + 2)),
                whole(row.getCell(first + 3)));
    }

    private static long whole(Cell cell) {
        return (long) cell.getNumericCellValue();
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    private static long number(String grouped) {
        return Long.parseLong(grouped.replace(",", ""));
    }
}
