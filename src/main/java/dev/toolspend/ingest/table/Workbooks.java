package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;
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
            throw new UnreadableFileException(Message.of("read.passwordProtected"), e);
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableFileException(Message.of("read.notWorkbook"), e);
        } catch (POIXMLException e) {
            throw new UnreadableFileException(strictOrCorrupt(e), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(tooLargeOrCorrupt(e), e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableFileException(Message.of("read.tooLarge"), e);
        }
    }

    private static Message strictOrCorrupt(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("strict")) {
            return Message.of("read.strictOoxml");
        }
        if (message.contains("zip bomb")) {     // POI wraps its zip-bomb guard in this exception too
            return tooLargeOrCorrupt(e);
        }
        return Message.of("read.notWorkbook");
    }

    /** POI's own words stay out of the report (they are English, and mean nothing to a finance reader). */
    private static Message tooLargeOrCorrupt(Exception e) {
        String lower = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("exceed") || lower.contains("too large")
                || lower.contains("max")) {
            return Message.of("read.zipBomb");
        }
        return Message.of("read.corrupt");
    }
}
