package dev.toolspend.catalog;

import dev.toolspend.model.Message;

/**
 * The outcome of matching a descriptor or a name against the catalog.
 *
 * @param toolId     the matched tool, or null
 * @param normalised the normalised form of the text that was matched
 * @param rule       how the match was made (or why not), for people tuning their catalog
 */
public record Match(String toolId, String normalised, Message rule) {

    public boolean matched() {
        return toolId != null;
    }

    static Match none(String normalised, Message why) {
        return new Match(null, normalised, why);
    }
}
