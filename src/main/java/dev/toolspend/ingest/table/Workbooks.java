package dev.toolspend.ingest.table;

import dev.toolspend.model.Message;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opens Excel workbooks read-only from their file, within the {@link ReadLimits}, with POI's zip-bomb and
 * entity-expansion guards left on, and turns every failure into a reason a person can act on. An .xlsx or .xlsm
 * is streamed ({@link XlsxFile}); a legacy .xls, which POI can only read whole, is refused when it is larger than
 * one workbook part may be ({@link ReadLimits#partBytes}), since it is held in memory.
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static WorkbookFile open(Path file, ReadLimits limits) throws UnreadableFileException {
        try {
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            if (magic == FileMagic.OOXML) {
                guardZip(limits);
                return XlsxFile.open(file, limits);
            }
            if (magic != FileMagic.OLE2) {
                throw new UnreadableFileException(Message.of("read.notWorkbook"), null);
            }
            if (encrypted(file)) {
                throw new UnreadableFileException(Message.of("read.passwordProtected"), null);
            }
            long size = Files.size(file);
            if (size > limits.partBytes()) {
                throw new UnreadableFileException(Message.of("read.overLimit",
                        Message.of("limit.legacyBytes", size, limits.partBytes())), null);
            }
            return new LegacyWorkbook(WorkbookFactory.create(file.toFile(), null, true), limits);
        } catch (UnreadableFileException e) {
            throw e;
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

    /** POI's own check of every zip entry read, process-wide: no part larger than a part may be. */
    private static synchronized void guardZip(ReadLimits limits) {
        ZipSecureFile.setMaxEntrySize(Math.max(limits.partBytes(), 1L << 20));
    }

    /** An encrypted .xlsx is an OLE2 file holding the encrypted package. */
    private static boolean encrypted(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
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
    static Message tooLargeOrCorrupt(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String lower = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (lower.contains("zip bomb") || lower.contains("exceed") || lower.contains("too large")
                    || lower.contains("max")) {
                return Message.of("read.zipBomb");
            }
        }
        return Message.of("read.corrupt");
    }

    /** A .xls: POI's whole-file model, read through {@link SheetTable}. */
    private static final class LegacyWorkbook implements WorkbookFile {

        private final Workbook workbook;
        private final ReadLimits limits;

        LegacyWorkbook(Workbook workbook, ReadLimits limits) {
            this.workbook = workbook;
            this.limits = limits;
        }

        @Override
        public List<SheetEntry> sheets() {
            List<SheetEntry> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(new SheetEntry(workbook.getSheetName(i),
                        workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
            }
            return sheets;
        }

        @Override
        public Table table(String sheet) throws IOException {
            if (workbook.getSheet(sheet) == null) {
                throw new UnreadableFileException(Message.of("read.sheetGone", sheet), null);
            }
            return SheetTable.over(workbook.getSheet(sheet), limits);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
