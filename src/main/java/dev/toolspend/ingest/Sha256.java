package dev.toolspend.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** SHA-256 digests in lower-case hex, of files (streamed) and of texts. */
public final class Sha256 {

    private Sha256() {
    }

    public static String of(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Digests already taken in this process, by file, size and modification time. */
    private static final Map<String, String> FILES = new ConcurrentHashMap<>();

    /**
     * The file's digest. A file is digested once per process while its size and modification time stay
     * the same: the run's fingerprint and the inventory both need the digest of every input, and a large
     * event log takes seconds to digest.
     */
    public static String of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String key = file.toAbsolutePath().normalize() + "\u0000" + attributes.size() + "\u0000"
                + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        String known = FILES.get(key);
        if (known != null) {
            return known;
        }
        String digest = digestOf(file);
        if (FILES.size() > 10_000) {
            FILES.clear();
        }
        FILES.put(key, digest);
        return digest;
    }

    private static String digestOf(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
