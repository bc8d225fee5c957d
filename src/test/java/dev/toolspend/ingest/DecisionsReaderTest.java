package dev.toolspend.ingest;

import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.model.Decision;
import dev.toolspend.model.DecisionStatus;
import dev.toolspend.model.DecisionsRead;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The decisions typed in a report workbook, in either language; what is not one is said, never thrown. */
class DecisionsReaderTest {

    private static final Period SEPTEMBER = Period.parse("2026-09");

    @TempDir
    Path temp;

    /** A workbook with one sheet: a title row, then the header and rows as given. */
    private Path workbook(String name, String sheetName, String[] header, String[]... rows) throws IOException {
        Path file = temp.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            int r = 0;
            Row row = sheet.createRow(r++);
            for (int c = 0; c < header.length; c++) {
                row.createCell(c).setCellValue(header[c]);
            }
            for (String[] values : rows) {
                row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void readsStatusesInAnyCaseAndSpacingAndKeepsWhenTheyWereDecided() throws IOException {
        Path file = workbook("toolspend-2026-09.xlsx", "Actions",
                new String[]{"Rank", "Type", "Status", "Comment", "Decided (month: status, carried by the report)",
                        "Finding id (type:tool, carries Status and Comment to the next month)"},
                new String[]{"1", "Underused", "  WON'T   do ", "hiring in Q1", "2026-07: won't do", "UNDERUSED:slack"},
                new String[]{"2", "Unused", "Done", "", null, "UNUSED:zoom"},
                new String[]{"3", "Overlap", "won\u2019t-do", "", "2026-07: in progress", "OVERLAP:webex"},
                new String[]{"4", "Renewal", "", "", null, "RENEWAL:miro"},
                new String[]{"5", "Renewal", "maybe", "", null, "RENEWAL:figma"},
                new String[]{"Total", null, null, null, null, null});
        DecisionsRead read = DecisionsReader.read(file, "toolspend-2026-09.xlsx", SEPTEMBER, ReadLimits.DEFAULTS);
        assertThat(read.decisions()).extracting(Decision::findingId, Decision::status, Decision::comment,
                        d -> d.decidedIn().toString())
                .containsExactly(
                        // unchanged since the report carried it: still decided in July
                        tuple("UNDERUSED:slack", DecisionStatus.WONT_DO, "hiring in Q1", "2026-07"),
                        tuple("UNUSED:zoom", DecisionStatus.DONE, "", "2026-09"),
                        // changed since (in progress → won't do): decided in the workbook's period
                        tuple("OVERLAP:webex", DecisionStatus.WONT_DO, "", "2026-09"),
                        tuple("RENEWAL:miro", DecisionStatus.TO_DO, "", "2026-09"));
        assertThat(read.decisions().get(0).source()).hasToString("toolspend-2026-09.xlsx [Actions]:2");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.message().key()).isEqualTo("decisions.unknownStatus");
            assertThat(p.value()).isEqualTo("maybe");
            assertThat(p.column()).isEqualTo("Status");
            assertThat(p.source().line()).isEqualTo(6);
        });
    }

    @Test
    void readsTheFrenchWorkbook() throws IOException {
        Path file = workbook("toolspend-2026-09.xlsx", "Écartées",
                new String[]{"Rang", "Suivi", "Commentaire", "Décision (mois : suivi, reportée par le rapport)",
                        "Identifiant (type:outil, reporte Suivi et Commentaire au mois suivant)"},
                new String[]{"1", "Ne sera pas fait", "contrat de 3 ans", "2026-06 : ne sera pas fait", "UNUSED:zoom"},
                new String[]{"2", "EN COURS", "", null, "UNDERUSED:slack"},
                new String[]{"3", "à faire", "demander à Marie", null, "OVERLAP:webex"},
                new String[]{"4", "fait", "", null, "PRICE:miro"});
        DecisionsRead read = DecisionsReader.read(file, "toolspend-2026-09.xlsx", SEPTEMBER, ReadLimits.DEFAULTS);
        assertThat(read.problems()).isEmpty();
        assertThat(read.decisions()).extracting(Decision::findingId, Decision::status, Decision::comment,
                        d -> d.decidedIn().toString())
                .containsExactly(tuple("UNUSED:zoom", DecisionStatus.WONT_DO, "contrat de 3 ans", "2026-06"),
                        tuple("UNDERUSED:slack", DecisionStatus.IN_PROGRESS, "", "2026-09"),
                        tuple("OVERLAP:webex", DecisionStatus.TO_DO, "demander à Marie", "2026-09"),
                        tuple("PRICE:miro", DecisionStatus.DONE, "", "2026-09"));
    }

    @Test
    void aForeignOrBrokenWorkbookIsAProblemNotAFailure() throws IOException {
        Path foreign = workbook("budget.xlsx", "Budget", new String[]{"Tool", "Amount"},
                new String[]{"Slack", "120"});
        DecisionsRead read = DecisionsReader.read(foreign, "budget.xlsx", SEPTEMBER, ReadLimits.DEFAULTS);
        assertThat(read.decisions()).isEmpty();
        assertThat(read.problems()).singleElement()
                .satisfies(p -> assertThat(p.message().key()).isEqualTo("decisions.noActions"));

        Path broken = Files.writeString(temp.resolve("toolspend-2026-08.xlsx"), "not a workbook at all");
        read = DecisionsReader.read(broken, "toolspend-2026-08.xlsx", SEPTEMBER, ReadLimits.DEFAULTS);
        assertThat(read.decisions()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.message().key()).isEqualTo("decisions.unreadable");
            assertThat(p.source().file()).isEqualTo("toolspend-2026-08.xlsx");
        });

        // bounded like any input: a file over the size limit is not opened
        Path ours = workbook("toolspend-2026-07.xlsx", "Actions", new String[]{"Status", "Finding id"},
                new String[]{"done", "UNUSED:zoom"});
        ReadLimits small = new ReadLimits(100, 32_767, 65_536, 1_024, 1_048_576, 256L << 20);
        read = DecisionsReader.read(ours, "toolspend-2026-07.xlsx", SEPTEMBER, small);
        assertThat(read.decisions()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.message().key()).isEqualTo("decisions.unreadable");
            assertThat(((Message) p.message().args().get(0)).key()).isEqualTo("limit.fileBytes");
        });
    }

    @Test
    void statusesAreUnderstoodInBothLanguages() {
        assertThat(DecisionsReader.status(" To  Do ")).isEqualTo(DecisionStatus.TO_DO);
        assertThat(DecisionsReader.status("A FAIRE")).isEqualTo(DecisionStatus.TO_DO);
        assertThat(DecisionsReader.status("In-Progress")).isEqualTo(DecisionStatus.IN_PROGRESS);
        assertThat(DecisionsReader.status("Terminé")).isEqualTo(DecisionStatus.DONE);
        assertThat(DecisionsReader.status("WONT DO")).isEqualTo(DecisionStatus.WONT_DO);
        assertThat(DecisionsReader.status("ne\u00a0sera pas fait")).isEqualTo(DecisionStatus.WONT_DO);
        assertThat(DecisionsReader.status("later")).isNull();
    }
}
