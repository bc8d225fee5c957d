package dev.toolspend.ingest;

import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A license register as finance keeps it: a title row, typed cells, a formula, a number typed as text. */
class LicenseWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void readsTypedCellsCachedFormulasAndTextNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("register.xlsx"))) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet notes = workbook.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("Nothing here");
            Sheet sheet = workbook.createSheet("Licences 2026");
            sheet.createRow(0).createCell(0).setCellValue("Registre des licences — Atelier Boréal");
            Row header = sheet.createRow(2);
            String[] names = {"Outil", "Sièges", "Prix par licence", "Cycle de facturation", "Devise",
                    "Date de renouvellement", "Préavis (jours)", "Responsable", "Exempté"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row slack = sheet.createRow(3);
            slack.createCell(0).setCellValue("Slack");
            slack.createCell(1).setCellFormula("40+10");
            slack.createCell(2).setCellValue(8.75);
            slack.createCell(3).setCellValue("mensuel");
            slack.createCell(4).setCellValue("USD");
            Cell renewal = slack.createCell(5);
            renewal.setCellValue(LocalDate.of(2026, 12, 15));
            renewal.setCellStyle(dateStyle);
            slack.createCell(6).setCellValue(45);
            slack.createCell(7).setCellValue("Marie Tremblay");
            slack.createCell(8).setCellValue("non");
            Row zoom = sheet.createRow(4);
            zoom.createCell(0).setCellValue("Zoom Workplace");
            zoom.createCell(1).setCellValue("12");          // a number stored as text
            zoom.createCell(2).setCellValue("199.90");
            zoom.createCell(3).setCellValue("Annuel");
            sheet.createRow(5).createCell(0).setCellValue("  ");   // a blank row: read, and skipped
            Row bad = sheet.createRow(6);
            bad.createCell(0).setCellValue("Miro");
            bad.createCell(1).setCellValue(2.5);
            bad.createCell(2).setCellValue(10);
            workbook.setForceFormulaRecalculation(false);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();  // Excel stores cached values
            workbook.write(out);
        }

        Inventory inventory = InputScanner.scan(dir, null);
        assertThat(inventory.sources()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(InputKind.LICENSES);
            assertThat(s.sheet()).isEqualTo("Licences 2026");
            assertThat(s.headerLine()).isEqualTo(3);
        });
        assertThat(inventory.ignored()).extracting(IgnoredInput::sheet).containsExactly("Notes");

        List<LicenseRow> rows = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        try (TableReader<LicenseRow> reader = Tables.reader(dir, inventory.sources().get(0), Mappers.licenses(inventory.sources().get(0)),
                new Values(ZoneId.of("America/Toronto")))) {
            for (RowResult<LicenseRow> r; (r = reader.next()) != null; ) {
                if (r instanceof RowResult.Accepted<LicenseRow> a) {
                    rows.addAll(a.records());
                } else if (r instanceof RowResult.Rejected<LicenseRow> rejected) {
                    rejections.add(rejected.rejection().source().line() + " " + rejected.rejection().column() + ": "
                            + rejected.rejection().reason());
                }
            }
            assertThat(reader.stats()).isEqualTo(new FileStats(4, 2, 1, List.of(new FileStats.Skip(SkipReason.BLANK, 1, 6))));
        }
        assertThat(rows).extracting(LicenseRow::toolName, LicenseRow::seats, LicenseRow::pricePerSeat, LicenseRow::cycle,
                        LicenseRow::currency, LicenseRow::renewalDate, LicenseRow::noticeDays, LicenseRow::owner,
                        LicenseRow::exempt)
                .containsExactly(
                        tuple("Slack", 50, new BigDecimal("8.75"), BillingCycle.MONTHLY, "USD", LocalDate.of(2026, 12, 15),
                                45, "Marie Tremblay", false),
                        tuple("Zoom Workplace", 12, new BigDecimal("199.90"), BillingCycle.ANNUAL, null, null, null, null, null));
        assertThat(rows.get(0).source().line()).isEqualTo(4);
        assertThat(rejections).containsExactly("7 Sièges: must be a whole number");
    }
}
