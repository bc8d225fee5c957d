package dev.toolspend.job.cli;

import dev.toolspend.ingest.table.Sha256;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run at a time per data folder and per job database, decided before anything is created in either: an
 * operating-system lock on {@code <data-dir>/toolspend.lock} (and, for a database outside the data folder, on a lock
 * file named after its URL in the system's temporary folder), held for the life of the process. The system releases
 * it when the process ends, however it ends ({@code kill -9} included), so a lock never outlives its run. The file
 * holds who has it (process, start, period), for the message of a run that waits.
 */
final class RunLock implements AutoCloseable {

    /** Who holds a lock, as its file says. */
    record Holder(String text) {
    }

    private final List<FileChannel> channels;

    private RunLock(List<FileChannel> channels) {
        this.channels = channels;
    }

    /** The lock files of a run: its data folder's, and its database's when the database lives elsewhere. */
    static List<Path> files(Path dataDir, String databaseUrl) {
        List<Path> files = new ArrayList<>();
        files.add(dataDir.toAbsolutePath().normalize().resolve("toolspend.lock"));
        if (databaseUrl != null && !databaseUrl.isBlank() && !databaseUrl.startsWith("jdbc:hsqldb:file:")) {
            files.add(Path.of(System.getProperty("java.io.tmpdir"))
                    .resolve("toolspend-db-" + Sha256.of(databaseUrl).substring(0, 16) + ".lock"));
        }
        return files;
    }

    /**
     * Takes every lock, in order; when one is held: waits (saying once who holds it) if {@code wait}, else gives up
     * at once and returns null with the holder given to {@code busy}.
     */
    static RunLock acquire(List<Path> files, String holder, boolean wait, Consumer<Holder> busy) throws IOException,
            InterruptedException {
        List<FileChannel> taken = new ArrayList<>();
        try {
            for (Path file : files) {
                Files.createDirectories(file.getParent());
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                taken.add(channel);
                boolean said = false;
                while (tryLock(channel) == null) {
                    if (!said) {
                        busy.accept(new Holder(read(file)));
                        said = true;
                    }
                    if (!wait) {
                        closeAll(taken);
                        return null;
                    }
                    Thread.sleep(WAIT_STEP.toMillis());
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
            }
            return new RunLock(taken);
        } catch (IOException | InterruptedException | RuntimeException e) {
            closeAll(taken);
            throw e;
        }
    }

    private static final Duration WAIT_STEP = Duration.ofMillis(200);

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;                            // held by this very process (a test running two at once)
        }
    }

    /** What a run writes into the lock it holds, in words of no language: process, start and what it runs. */
    static String holder(String what) {
        return "pid=" + ProcessHandle.current().pid() + " started=" + Instant.now().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS) + " " + what;
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "?" : text;
        } catch (IOException e) {
            return "?";
        }
    }

    private static void closeAll(List<FileChannel> channels) {
        for (FileChannel channel : channels) {
            try {
                channel.close();                    // releases its lock
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        closeAll(channels);
    }
}
