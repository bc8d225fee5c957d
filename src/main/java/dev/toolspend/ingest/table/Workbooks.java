package dev.toolspend.ingest.table;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens Excel workbooks (.xlsx, .xlsm, .xls) read-only from their file, with POI's zip-bomb and
 * entity-expansion guards left on, and turns every failure into a reason a person can act on.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static Workbook open(Path file) throws UnreadableFileException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("password-protected: save an unprotected copy in the input folder", e);
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableFileException("not a readable Excel workbook (corrupt or another format)", e);
        } catch (POIXMLException e) {
            throw new UnreadableFileException(strictOrCorrupt(e), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(tooLargeOrCorrupt(e), e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableFileException("too large to read safely", e);
        }
    }

    private static String strictOrCorrupt(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("strict")) {
            return "Strict Open XML workbook: open it in Excel and save it as \"Excel Workbook (.xlsx)\"";
        }
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {     // POI wraps its zip-bomb guard in this exception too
            return tooLargeOrCorrupt(e);
        }
        return "not a readable Excel workbook: " + firstLine(message);
    }

    private static String tooLargeOrCorrupt(Exception e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("exceed") || lower.contains("too large")
                || lower.contains("max")) {
            return "rejected as too large (possible zip bomb): " + firstLine(message);
        }
        return "corrupt or unsupported workbook: " + firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
