package dev.toolspend.report;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where POI puts the streamed sheets while a workbook is written. POI's default is one folder for every user
 * of the machine, {@code <tmp>/poifiles}, created by whoever wrote a workbook first and writable by that user
 * only: another user's run (cron as one account, a manual run as another) then fails at its report. Each
 * process uses a folder of its own instead ({@code toolspend-poi-<pid>-…}, owner-only, removed when the process
 * ends; POI's setting is process-wide, so it is made once). A killed process cannot remove its folder: the next
 * process removes the folders of ended processes that its user owns.
 */
final class PoiTempFiles {

    private static final String PREFIX = "toolspend-poi-";
    private static final Pattern FOLDER = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-.*");

    private static Path folder;

    private PoiTempFiles() {
    }

    static synchronized Path useOwnFolder() throws IOException {
        if (folder == null) {
            Path created = Files.createTempDirectory(PREFIX + ProcessIds.SELF + "-");
            created.toFile().deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(created.toFile()));
            folder = created;
            removeLeftovers(created.getParent(), Files.getOwner(created, LinkOption.NOFOLLOW_LINKS));
        }
        return folder;
    }

    /**
     * Deletes, with what they hold, the folders {@code toolspend-poi-<pid>-…} in {@code tempRoot} of processes that
     * have ended and that {@code user} owns; a live process's folder, another user's and anything else stay.
     * Best effort: what cannot be deleted is left for a later run.
     */
    static void removeLeftovers(Path tempRoot, UserPrincipal user) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tempRoot, PREFIX + "*")) {
            for (Path entry : entries) {
                Matcher name = FOLDER.matcher(entry.getFileName().toString());
                if (name.matches() && ProcessIds.ended(name.group(1))
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && user.equals(Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS))) {
                    try {
                        deleteTree(entry);
                    } catch (IOException e) {
                        // a leftover that stays takes room, nothing more: the workbook is written all the same
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the temporary folder cannot be listed: POI's own files will say whether it can be written
        }
    }

    /** A folder and everything in it; links are deleted, never followed. */
    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
