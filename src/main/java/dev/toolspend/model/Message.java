package dev.toolspend.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words for a person, carried as the key of a sentence in the report's language bundles
 * ({@code msg.<key>}) and its arguments, never as a sentence: only report renders it, in the report's
 * language, numbers and dates in its locale. The key is also the stable code a script can test.
 *
 * @param args texts (from the inputs, shown as they are), whole numbers, decimals, dates, or other messages
 */
public record Message(String key, List<Object> args) {

    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        List<Object> copy = new ArrayList<>(args);
        for (Object arg : copy) {
            if (arg != null && !(arg instanceof String || arg instanceof Integer || arg instanceof Long
                    || arg instanceof BigDecimal || arg instanceof LocalDate || arg instanceof Message)) {
                throw new IllegalArgumentException("message " + key + ": an argument of type "
                        + arg.getClass().getSimpleName() + " (text, number, decimal, date or message expected)");
            }
        }
        args = Collections.unmodifiableList(copy);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** For logs and tests: the key and its arguments, not a sentence. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
