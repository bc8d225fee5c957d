package dev.toolspend.report;

import dev.toolspend.model.Message;

/** Tests read reasons as an English reader of the report would: rendered from the English bundle. */
public final class English {

    private static final Labels LABELS = Labels.of("en");

    private English() {
    }

    public static String of(Message message) {
        return LABELS.message(message);
    }
}
