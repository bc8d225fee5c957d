package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.SkipReason;
import dev.toolspend.report.English;
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
                            + English.of(rejected.rejection().reason()));
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

    /**
     * The same register saved as .xlsx and as .xls (1904 date system on the .xls, as old Mac Excel
     * writes it): two sheets with a license header are both read, the hidden one is reported and not
     * read, a merged title sits above an English header on one sheet and a French one on the other, a
     * renewal date typed as a plain number is an Excel serial in the workbook's own system, cycle words
     * in both languages, text dates in day/month order settled by the column.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xlsx", "xls"})
    void readsEverySheetWithALicenseHeaderInBothFormats(String extension) throws IOException {
        boolean xls = extension.equals("xls");
        Path file = dir.resolve("licences." + extension);
        try (org.apache.poi.ss.usermodel.Workbook workbook = xls ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (xls) {
                setDate1904((org.apache.poi.hssf.usermodel.HSSFWorkbook) workbook);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet tools = workbook.createSheet("SaaS");
            tools.createRow(0).createCell(0).setCellValue("License register — Atelier Boréal inc.");
            tools.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 5));
            Row header = tools.createRow(1);
            String[] english = {"Tool", "Plan", "Seats", "Price per seat", "Billing cycle", "Renewal date"};
            for (int i = 0; i < english.length; i++) {
                header.createCell(i).setCellValue(english[i]);
            }
            Row figma = tools.createRow(2);
            figma.createCell(0).setCellValue("Figma");
            figma.createCell(1).setCellValue("Professional");
            figma.createCell(2).setCellFormula("20+5");
            figma.createCell(3).setCellValue("12,00");      // text, decimal comma
            figma.createCell(4).setCellValue("per year");
            Cell renews = figma.createCell(5);
            // a date cell, stored as a serial of the workbook's own date system
            renews.setCellValue(org.apache.poi.ss.usermodel.DateUtil.getExcelDate(
                    LocalDate.of(2027, 9, 15).atStartOfDay(), xls));
            renews.setCellStyle(dateStyle);
            Row miro = tools.createRow(3);
            miro.createCell(0).setCellValue("Miro");
            miro.createCell(1).setCellValue("Business");
            miro.createCell(2).setCellValue("30");          // a number stored as text
            miro.createCell(3).setCellValue(16.0);
            miro.createCell(4).setCellValue("Monthly");
            // a renewal typed as a bare number: an Excel serial of the workbook's date system
            miro.createCell(5).setCellValue(xls ? 45_657 : 47_119);

            Sheet french = workbook.createSheet("Contrats annuels");
            Row enTete = french.createRow(0);
            String[] names = {"Outil", "Sièges", "Prix par licence", "Cycle de facturation", "Devise",
                    "Date de renouvellement"};
            for (int i = 0; i < names.length; i++) {
                enTete.createCell(i).setCellValue(names[i]);
            }
            Row docusign = french.createRow(1);
            docusign.createCell(0).setCellValue("DocuSign");
            docusign.createCell(1).setCellValue(5);
            docusign.createCell(2).setCellValue("300,00 $");
            docusign.createCell(3).setCellValue("annuel");
            docusign.createCell(4).setCellValue("USD");
            docusign.createCell(5).setCellValue("20/11/2026");
            Row typeform = french.createRow(2);
            typeform.createCell(0).setCellValue("Typeform");
            typeform.createCell(1).setCellValue(1);
            typeform.createCell(2).setCellValue("600,00");
            typeform.createCell(3).setCellValue("Annuellement");
            typeform.createCell(4).setCellValue("USD");
            typeform.createCell(5).setCellValue("30/04/2027");

            Sheet hidden = workbook.createSheet("Ancien registre");
            Row old = hidden.createRow(0);
            for (int i = 0; i < english.length; i++) {
                old.createCell(i).setCellValue(english[i]);
            }
            workbook.setSheetHidden(workbook.getSheetIndex(hidden), true);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        Inventory inventory = InputScanner.scan(dir, null, Fixture.SETTINGS);
        assertThat(inventory.sources()).extracting(InputSource::sheet, InputSource::headerLine)
                .containsExactly(tuple("SaaS", 2L), tuple("Contrats annuels", 1L));
        assertThat(inventory.ignored()).extracting(IgnoredInput::sheet, i -> English.of(i.reason()))
                .containsExactly(tuple("Ancien registre", "hidden sheet: not read (unhide it if it holds data to use)"));

        var saas = Fixture.read(dir, inventory.sources().get(0), Mappers::licenses);
        assertThat(saas.decisions()).containsExactly("Price per seat: COMMA (VALUES)");
        assertThat(saas.records()).extracting(LicenseRow::toolName, LicenseRow::plan, LicenseRow::seats,
                        LicenseRow::pricePerSeat, LicenseRow::cycle, LicenseRow::renewalDate)
                .containsExactly(
                        tuple("Figma", "Professional", 25, new BigDecimal("12.00"), BillingCycle.ANNUAL,
                                LocalDate.of(2027, 9, 15)),
                        tuple("Miro", "Business", 30, new BigDecimal("16"), BillingCycle.MONTHLY,
                                LocalDate.of(2029, 1, 1)));
        var annual = Fixture.read(dir, inventory.sources().get(1), Mappers::licenses);
        assertThat(annual.decisions()).containsExactly("Prix par licence: COMMA (VALUES)",
                "Date de renouvellement: DMY (VALUES)");
        assertThat(annual.records()).extracting(LicenseRow::toolName, LicenseRow::seats, LicenseRow::pricePerSeat,
                        LicenseRow::currency, LicenseRow::cycle, LicenseRow::renewalDate)
                .containsExactly(
                        tuple("DocuSign", 5, new BigDecimal("300.00"), "USD", BillingCycle.ANNUAL, LocalDate.of(2026, 11, 20)),
                        tuple("Typeform", 1, new BigDecimal("600.00"), "USD", BillingCycle.ANNUAL, LocalDate.of(2027, 4, 30)));
    }

    /** Switches an .xls workbook to the 1904 date system, as Excel for Mac used to save it. */
    private static void setDate1904(org.apache.poi.hssf.usermodel.HSSFWorkbook workbook) {
        var records = workbook.getInternalWorkbook().getRecords();
        for (var record : records) {
            if (record instanceof org.apache.poi.hssf.record.DateWindow1904Record window) {
                window.setWindowing((short) 1);
                return;
            }
        }
        throw new IllegalStateException("no DateWindow1904 record");
    }
}
