package dev.toolspend.ingest;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test corpora written by others, read in place beside the checkout ({@code ../shared/corpora}, or the
 * folder the system property {@code toolspend.corpora} names). Only tests tagged external use them, and a
 * missing corpus fails them: CI must not pass by skipping.
 */
public final class Corpora {

    private Corpora() {
    }

    public static Path folder(String name) {
        Path folder = Path.of(System.getProperty("toolspend.corpora", "../shared/corpora")).resolve(name);
        assertThat(folder).as("the corpus %s (beside the checkout, or -Dtoolspend.corpora=DIR)", name).isDirectory();
        return folder;
    }
}
