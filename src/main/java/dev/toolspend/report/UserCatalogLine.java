package dev.toolspend.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A ready-to-paste user-catalog line for an unrecognised descriptor
 * ({@code lumen-analytics,Lumen Analytics,Lumen Analytics,uncategorised,lumen analytics}), so that the
 * next month matches: the reader corrects the name, vendor and category and pastes it into the catalog.
 */
public final class UserCatalogLine {

    /** The header of a user catalog, for people starting one. */
    public static final String HEADER = "id,name,vendor,category,aliases";

    private UserCatalogLine() {
    }

    public static String suggest(String normalisedDescriptor) {
        String words = normalisedDescriptor.trim();
        String id = words.replace(' ', '-');
        String name = Arrays.stream(words.split(" "))
                .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
        return String.join(",", id, name, name, "uncategorised", words);
    }
}
