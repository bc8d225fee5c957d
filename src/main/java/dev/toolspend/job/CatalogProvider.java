package dev.toolspend.job;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.ingest.UserCatalogFiles;
import dev.toolspend.ingest.table.Explained;
import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.job.staging.UserCatalogDao;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.Message;
import dev.toolspend.model.UserCatalogEntry;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog a run matches with: the shipped one, overridden by the configured user catalog
 * ({@code toolspend.catalog}, {@code --catalog FILE}) and then by the user-catalog tables found in the
 * input folder (staged by the read-catalog step).
 */
@Component
public class CatalogProvider {

    private final Catalog shipped;
    private final Path configuredFile;
    private final UserCatalogDao staged;
    private final Map<Long, Catalog> byInstance = new ConcurrentHashMap<>();
    private UserCatalogFiles.Read configured;

    public CatalogProvider(Catalog shipped, ToolspendProperties properties, UserCatalogDao staged) {
        this.shipped = shipped;
        this.staged = staged;
        this.configuredFile = properties.catalog() == null || properties.catalog().isBlank() ? null
                : Path.of(properties.catalog()).toAbsolutePath();
    }

    /** The catalog of a job instance, once its user-catalog rows are staged. */
    public Catalog catalog(long instance) {
        return byInstance.computeIfAbsent(instance, id -> {
            List<UserCatalogEntry> entries = new ArrayList<>(configured().entries());
            entries.addAll(staged.load(id));
            return shipped.withUserEntries(entries);
        });
    }

    /** Notes about the configured catalog file's rejected rows (the input folder's are in Data quality already). */
    public List<DataNote> configuredNotes() {
        return configured().rejections().stream()
                .map(r -> new DataNote(r.source(), r.column(), r.field(), r.value(),
                        Message.of("note.userCatalogFile", configuredFile.toString(), r.reason()))).toList();
    }

    /** Part of a run's identity: the shipped catalog and the configured file's content. */
    public String fingerprint() {
        try {
            return Sha256.of(shipped.fingerprint() + "|" + (configuredFile == null ? "" : Sha256.of(configuredFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("the user catalog " + configuredFile + " cannot be read", e);
        }
    }

    /** Checks the configured file before a run: null when fine, else the reason the run cannot start. */
    public Message problem() {
        if (configuredFile == null) {
            return null;
        }
        if (!Files.isRegularFile(configuredFile)) {
            return Message.of("catalog.missing", configuredFile.toString());
        }
        try {
            configured();
            return null;
        } catch (UncheckedIOException e) {
            return Explained.of(e.getCause());
        }
    }

    private synchronized UserCatalogFiles.Read configured() {
        if (configured == null) {
            try {
                configured = configuredFile == null ? new UserCatalogFiles.Read(List.of(), List.of())
                        : UserCatalogFiles.read(configuredFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        return configured;
    }
}
