package dev.toolspend.job.staging;

import dev.toolspend.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as staged text: {@code {"k": key, "a": [{"s": text} | {"i": whole} | {"d": decimal} | {"t": date}
 * | {"m": message}]}}, so that what the read steps found is said in the report's language when the report is
 * written. Texts from the inputs are clipped, so a staged message stays short whatever a cell held.
 */
final class MessageText {

    private static final JsonMapper JSON = JsonMapper.shared();
    /** Longest text argument staged (a whole line of a broken file is an argument of its reason). */
    static final int MAX_TEXT = 1000;

    private MessageText() {
    }

    static String encode(Message message) {
        return message == null ? null : JSON.writeValueAsString(node(message));
    }

    static Message decode(String text) {
        return text == null ? null : message(JSON.readTree(text));
    }

    private static ObjectNode node(Message message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("k", message.key());
        ArrayNode args = node.putArray("a");
        for (Object arg : message.args()) {
            ObjectNode a = args.addObject();
            if (arg == null) {
                a.putNull("s");
            } else if (arg instanceof String s) {
                a.put("s", StagingDao.clip(s, MAX_TEXT));
            } else if (arg instanceof Integer i) {
                a.put("i", i.longValue());
            } else if (arg instanceof Long l) {
                a.put("i", l);
            } else if (arg instanceof BigDecimal d) {
                a.put("d", d.toPlainString());
            } else if (arg instanceof LocalDate t) {
                a.put("t", t.toString());
            } else {
                a.set("m", node((Message) arg));
            }
        }
        return node;
    }

    private static Message message(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : node.get("a")) {
            if (a.has("s")) {
                args.add(a.get("s").isNull() ? null : a.get("s").asString());
            } else if (a.has("i")) {
                args.add(a.get("i").asLong());
            } else if (a.has("d")) {
                args.add(new BigDecimal(a.get("d").asString()));
            } else if (a.has("t")) {
                args.add(LocalDate.parse(a.get("t").asString()));
            } else {
                args.add(message(a.get("m")));
            }
        }
        return new Message(node.get("k").asString(), args);
    }
}
