package dev.toolspend.ingest;

import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.table.UnreadableFileException;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.UserCatalogEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads user catalogs outside a job run: a configured file ({@code --catalog FILE}, CSV or workbook)
 * or every catalog table of an input folder.
 */
public final class UserCatalogFiles {

    /** The entries read, and the rows that could not be used. */
    public record Read(List<UserCatalogEntry> entries, List<Rejection> rejections) {
    }

    private UserCatalogFiles() {
    }

    /** Every user-catalog table in a file or below a folder; other tables are ignored. */
    public static Read read(Path fileOrFolder) throws IOException {
        Path root = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.toAbsolutePath().getParent();
        Inventory inventory = InputScanner.scan(root, null);
        String only = Files.isDirectory(fileOrFolder) ? null
                : InputScanner.slashed(root.relativize(fileOrFolder.toAbsolutePath()));
        List<UserCatalogEntry> entries = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (InputSource source : inventory.sources()) {
            if (source.kind() != InputKind.CATALOG || (only != null && !source.path().equals(only))) {
                continue;
            }
            try (TableReader<UserCatalogEntry> reader = Tables.reader(root, source, Mappers.catalog(source),
                    new Values(ZoneId.systemDefault()))) {
                for (RowResult<UserCatalogEntry> row; (row = reader.next()) != null; ) {
                    if (row instanceof RowResult.Accepted<UserCatalogEntry> accepted) {
                        entries.addAll(accepted.records());
                    } else if (row instanceof RowResult.Rejected<UserCatalogEntry> rejected) {
                        rejections.add(rejected.rejection());
                    }
                }
            }
        }
        if (only != null && entries.isEmpty() && rejections.isEmpty()) {
            throw new UnreadableFileException(Message.of("read.noCatalogHeader", fileOrFolder.toString()), null);
        }
        return new Read(entries, rejections);
    }
}
