package dev.toolspend.ingest;

import dev.toolspend.model.IgnoredInput;
import dev.toolspend.report.English;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken workbooks, made here (the external corpus of POI's own, PoiCorpusIT, has more): each is
 * ignored with a reason a person can act on, none stops the scan, and a good workbook beside them is read.
 */
class HostileWorkbooksTest {

    @TempDir
    Path dir;

    private static byte[] register(Workbook workbook, boolean hideRegister) throws IOException {
        Sheet notes = workbook.createSheet("Notes");
        notes.createRow(0).createCell(0).setCellValue("Nothing to read here");
        Sheet register = workbook.createSheet("Register");
        Row header = register.createRow(0);
        String[] columns = {"Tool", "Seats", "Price per seat", "Currency"};
        for (int i = 0; i < columns.length; i++) {
            header.createCell(i).setCellValue(columns[i]);
        }
        Row row = register.createRow(1);
        row.createCell(0).setCellValue("Slack");
        row.createCell(1).setCellValue(10);
        row.createCell(2).setCellValue(8.75);
        row.createCell(3).setCellValue("CAD");
        if (hideRegister) {
            workbook.setSheetHidden(1, true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void eachHostileWorkbookIsIgnoredWithAReasonAndTheScanGoesOn() throws Exception {
        byte[] good = register(new XSSFWorkbook(), false);
        Files.write(dir.resolve("good.xlsx"), good);
        Files.write(dir.resolve("hidden-register.xlsx"), register(new XSSFWorkbook(), true));
        Files.write(dir.resolve("hidden-register.xls"), register(new HSSFWorkbook(), true));
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(good, good.length / 2));
        Files.writeString(dir.resolve("not-a-workbook.xlsx"), "date,vendor,amount\n2026-10-01,SLACK,12.00\n");
        Files.write(dir.resolve("random.xls"), "\u00d0\u00cf garbage that is not a compound file".getBytes(
                StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("password.xlsx"), encrypted(good));
        // entity expansion ("billion laughs") in a part: the parser must refuse the document type
        Files.write(dir.resolve("xml-bomb.xlsx"), MinimalXlsx.withPart(good, "xl/workbook.xml", xml -> {
            String text = new String(xml, StandardCharsets.UTF_8);
            String bomb = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>";
            return text.replaceFirst("\\?>", "?>" + bomb).replace("Notes", "&lol2;").getBytes(StandardCharsets.UTF_8);
        }));
        // a sheet that inflates a thousandfold: refused as a zip bomb as it is streamed
        Files.write(dir.resolve("zip-bomb.xlsx"), MinimalXlsx.withPart(good, "xl/worksheets/sheet2.xml", xml -> {
            String text = new String(xml, StandardCharsets.UTF_8);
            return text.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))
                    .getBytes(StandardCharsets.UTF_8);
        }));

        Inventory inventory = InputScanner.scan(dir, null);

        assertThat(inventory.sources()).extracting(s -> s.path() + " [" + s.sheet() + "]")
                .containsExactly("good.xlsx [Register]");
        Map<String, String> reasons = new TreeMap<>();
        for (IgnoredInput ignored : inventory.ignored()) {
            reasons.merge(ignored.path() + (ignored.sheet() == null ? "" : " [" + ignored.sheet() + "]"),
                    English.of(ignored.reason()), (a, b) -> a + "; " + b);
        }
        assertThat(reasons).containsOnlyKeys("good.xlsx [Notes]", "hidden-register.xlsx [Notes]",
                "hidden-register.xlsx [Register]", "hidden-register.xls [Notes]", "hidden-register.xls [Register]",
                "truncated.xlsx", "not-a-workbook.xlsx", "random.xls", "password.xlsx", "xml-bomb.xlsx",
                "zip-bomb.xlsx [Notes]", "zip-bomb.xlsx [Register]");
        assertThat(reasons.get("hidden-register.xlsx [Register]")).startsWith("hidden sheet: not read");
        assertThat(reasons.get("hidden-register.xls [Register]")).startsWith("hidden sheet: not read");
        assertThat(reasons.get("hidden-register.xlsx [Notes]")).startsWith("no recognised header");
        assertThat(reasons.get("password.xlsx")).startsWith("password-protected: save an unprotected copy");
        assertThat(reasons.get("zip-bomb.xlsx [Register]")).as("the bomb is one sheet; the others are read")
                .startsWith("rejected as too large (possible zip bomb)");
        assertThat(reasons.get("truncated.xlsx")).containsAnyOf("corrupt", "not a readable Excel workbook");
        assertThat(reasons.get("not-a-workbook.xlsx")).containsAnyOf("corrupt", "not a readable Excel workbook");
        assertThat(reasons.get("random.xls")).containsAnyOf("corrupt", "not a readable Excel workbook");
        assertThat(reasons.get("xml-bomb.xlsx")).containsAnyOf("corrupt", "not a readable Excel workbook");
    }
}
