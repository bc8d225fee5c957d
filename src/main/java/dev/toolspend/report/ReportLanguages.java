package dev.toolspend.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The languages a run reports in: {@code toolspend.language} ({@code --lang}, {@code TOOLSPEND_LANGUAGE}) is one
 * language code or several separated by commas ({@code en,fr}). Each language gets its own workbook and JSON, named
 * by {@link ReportWriter#workbookPath}; the first language is also the console's, {@code --help}'s and the
 * e-mail's. A language written twice counts once; an empty list or an unknown language is refused.
 */
public final class ReportLanguages {

    /** The default language: its files keep the plain names ({@code toolspend-2026-10.xlsx}). */
    public static final String DEFAULT = "en";

    private ReportLanguages() {
    }

    /**
     * What is wrong with a setting: the first language {@link Labels} does not know (or the whole setting when it
     * names none); null when every language is known.
     */
    public static String refused(String setting) {
        if (setting == null || setting.isBlank()) {
            return setting == null ? "" : setting;
        }
        for (String language : setting.split(",", -1)) {
            try {
                Labels.of(language.strip());
            } catch (IllegalArgumentException e) {
                return language.strip();
            }
        }
        return null;
    }

    /**
     * The languages of a setting, in its order, each once.
     *
     * @throws IllegalArgumentException when the setting is empty or names a language {@link Labels} does not know
     */
    public static List<String> of(String setting) {
        String refused = refused(setting);
        if (refused != null) {
            throw new IllegalArgumentException("unsupported language '" + refused + "' (use en, fr or en,fr)");
        }
        List<String> languages = new ArrayList<>();
        for (String language : setting.split(",", -1)) {
            if (!languages.contains(language.strip())) {
                languages.add(language.strip());
            }
        }
        return List.copyOf(languages);
    }

    /** The first language of a setting: the console's, {@code --help}'s and the e-mail's. */
    public static String first(String setting) {
        return of(setting).get(0);
    }

    /** The labels of each language of a setting, in its order. */
    public static List<Labels> labels(String setting) {
        return of(setting).stream().map(Labels::of).toList();
    }
}
