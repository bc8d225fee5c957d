package dev.toolspend.report;

import dev.toolspend.model.Category;
import dev.toolspend.model.Tool;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the report writes, from the {@code i18n/messages} bundle of the report language.
 * Nothing else in the project holds report wording.
 */
public final class Labels {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Labels for a language code ({@code en}); unknown languages are refused rather than mixed. */
    public static Labels of(String language) {
        Locale locale = switch (language) {
            case "en" -> Locale.CANADA;
            case "fr" -> Locale.CANADA_FRENCH;
            default -> throw new IllegalArgumentException("unsupported language '" + language + "' (use en or fr)");
        };
        try {
            return new Labels(locale);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no labels for language '" + language + "'", e);
        }
    }

    public Locale locale() {
        return locale;
    }

    /** A tool's display name; a vendor-level entry reads "Atlassian (product not stated)" in the language. */
    public String toolName(Tool tool) {
        return tool.vendorLevel() ? get("tool.vendorLevel", tool.vendor()) : tool.name();
    }

    public String categoryName(Category category) {
        return locale.getLanguage().equals("fr") ? category.nameFr() : category.nameEn();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * A label with {@link MessageFormat} arguments ({0}, {1}…); pass numbers and dates already
     * formatted. Without arguments the label is used as written (no MessageFormat quoting).
     */
    public String get(String key, Object... args) {
        return args.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
