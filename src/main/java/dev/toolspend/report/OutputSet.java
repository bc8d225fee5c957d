package dev.toolspend.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one report, replaced together. Each is written to a temporary file beside its target
 * ({@code .toolspend-2026-10-<pid>-<unique>.xlsx.tmp}); {@link #publish()} then keeps each previous target under a
 * backup name ({@code ….xlsx.bak}, a second hard link), renames every temporary file over its target and deletes
 * the backups. If a rename fails, the targets already replaced get their previous file back (or are removed when
 * there was none) and the failure is thrown: the folder holds the previous set or the new one, never a mix.
 *
 * <p>The names carry the writing process's id: {@link #removeLeftovers} deletes the temporary and backup files of
 * a process that has ended (a killed run), never those of a live one.
 */
final class OutputSet implements Closeable {

    /** One rename (or link) in the output folder; tests put in one that fails. */
    @FunctionalInterface
    interface Move {
        void move(Path source, Path target) throws IOException;
    }

    /** A temporary or backup file of a report: {@code .toolspend-<period>-<pid>-<unique>.<ext>.tmp} or {@code .bak}. */
    private static final Pattern LEFTOVER = Pattern.compile("\\.toolspend-.+-(\\d{1,18})-[0-9a-f]+\\.[a-z]+\\.(?:tmp|bak)");

    private final Move move;
    private final Move link;
    private final String unique = Long.toHexString(System.nanoTime());
    private final List<Output> outputs = new ArrayList<>();

    /** A target, its temporary file and the name its previous file is kept under while the set is switched. */
    private record Output(Path target, Path temp, Path backup) {
    }

    OutputSet() {
        this(OutputSet::rename, OutputSet::link);
    }

    /** With other renames and links (a second name for a file): the seam for tests. */
    OutputSet(Move move, Move link) {
        this.move = move;
        this.link = link;
    }

    /** A new empty temporary file for {@code target} (named {@code toolspend-….ext}), to write before {@link #publish()}. */
    Path temp(Path target) throws IOException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = "." + name.substring(0, dot) + "-" + ProcessIds.SELF + "-" + unique + name.substring(dot);
        // not Files.createTempFile: its owner-only mode would survive the rename and lock readers out
        Path temp = Files.createFile(target.resolveSibling(stem + ".tmp"));
        outputs.add(new Output(target, temp, target.resolveSibling(stem + ".bak")));
        return temp;
    }

    /**
     * Replaces every target with its temporary file, or none: on a failure the previous files are put back and
     * the failure is thrown, with any failure to put one back suppressed in it (a backup not put back stays).
     */
    void publish() throws IOException {
        int kept = 0;
        int replaced = 0;
        try {
            for (Output output : outputs) {
                if (Files.exists(output.target(), LinkOption.NOFOLLOW_LINKS)) {
                    keep(output);
                }
                kept++;
            }
            for (Output output : outputs) {
                move.move(output.temp(), output.target());
                replaced++;
            }
        } catch (IOException | RuntimeException e) {
            restore(kept, replaced, e);
            throw e;
        }
        for (Output output : outputs) {
            try {
                Files.deleteIfExists(output.backup());
            } catch (IOException e) {
                // the set is published; a backup that stays is removed by a run after this process has ended
            }
        }
    }

    /** Deletes the temporary files left: all of them when the set was not published. */
    @Override
    public void close() throws IOException {
        for (Output output : outputs) {
            Files.deleteIfExists(output.temp());
        }
    }

    /**
     * The previous file under the backup name: a second link to it, so that the target stays in place. Where the
     * file system or its rules refuse the link (no hard links; a file of another user under
     * {@code protected_hardlinks}), the file itself is renamed: it is missing until the new one takes its place.
     */
    private void keep(Output output) throws IOException {
        try {
            link.move(output.target(), output.backup());
        } catch (UnsupportedOperationException | FileSystemException refused) {
            move.move(output.target(), output.backup());
        }
    }

    /**
     * After a failure, for the first {@code kept} outputs (only they may have a backup): a target replaced gets its
     * previous file back, or is removed when there was none; a previous file renamed away comes back; a second
     * link to a target left as it was is deleted.
     */
    private void restore(int kept, int replaced, Exception failure) {
        for (int i = 0; i < kept; i++) {
            Output output = outputs.get(i);
            try {
                boolean backedUp = Files.exists(output.backup(), LinkOption.NOFOLLOW_LINKS);
                if (i < replaced || !Files.exists(output.target(), LinkOption.NOFOLLOW_LINKS)) {
                    if (backedUp) {
                        move.move(output.backup(), output.target());
                    } else if (i < replaced) {
                        Files.deleteIfExists(output.target());
                    }
                } else if (backedUp) {
                    Files.delete(output.backup());
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** A rename that replaces the target at once where the file system can, else a plain replacing rename. */
    static void rename(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A second name for {@code file}: a hard link. */
    static void link(Path file, Path secondName) throws IOException {
        Files.createLink(secondName, file);
    }

    /**
     * Deletes the temporary and backup files that runs which have ended (killed while writing) left in
     * {@code folder}; those of a live process, this one included, stay. Best effort: what cannot be listed or
     * deleted is left for a later run.
     */
    static void removeLeftovers(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".toolspend-*")) {
            for (Path file : files) {
                Matcher name = LEFTOVER.matcher(file.getFileName().toString());
                if (name.matches() && ProcessIds.ended(name.group(1))
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // a leftover that stays takes room, nothing more: the report is written all the same
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the folder cannot be listed: writing the report will say why
        }
    }
}
