package dev.toolspend.report;

import dev.toolspend.model.Category;
import dev.toolspend.model.Message;
import dev.toolspend.model.Tool;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
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

    /** The language code these labels were made for ({@code en}, {@code fr}). */
    public String language() {
        return locale.getLanguage();
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
     * A label with {@link MessageFormat} arguments ({0}, {1}…): a {@link Message} among them is rendered in this
     * language, whole numbers and decimals in its locale (decimals with all their digits), dates as ISO dates.
     * Without arguments the label is used as written (no MessageFormat quoting).
     */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            return bundle.getString(key);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /** A message of ingest, catalog or analysis, in this language: the label {@code msg.<key>}. */
    public String message(Message message) {
        return message == null ? null : get("msg." + message.key(), message.args().toArray());
    }

    private Object shown(Object arg) {
        if (arg instanceof Message m) {
            return message(m);
        }
        if (arg instanceof BigDecimal d) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(Math.max(0, d.stripTrailingZeros().scale()));
            format.setMinimumFractionDigits(Math.max(0, d.scale()));
            return format.format(d);
        }
        if (arg instanceof LocalDate date) {
            return date.toString();
        }
        return arg == null ? "" : arg;
    }
}
