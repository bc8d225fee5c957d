package dev.toolspend.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, in a token sequence, the longest alias (a token sequence of its own) and what it stands for.
 * Aliases are indexed by their first token, so the cost of a look-up depends on the descriptor's
 * length, not on the size of the catalog.
 */
final class AliasIndex<V> {

    record Entry<V>(List<String> tokens, String text, V value) {
        int length() {
            return String.join(" ", tokens).length();
        }
    }

    /** The best hit, or an ambiguity when two different values tie for the longest alias. */
    record Hit<V>(Entry<V> entry, Entry<V> rival) {
        boolean ambiguous() {
            return rival != null;
        }
    }

    private final Map<String, List<Entry<V>>> byFirstToken = new HashMap<>();

    /** Adds an alias; returns the value already registered for the same tokens, if it differs. */
    V add(List<String> tokens, String text, V value) {
        if (tokens.isEmpty()) {
            return null;
        }
        List<Entry<V>> bucket = byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
        for (Entry<V> existing : bucket) {
            if (existing.tokens.equals(tokens)) {
                return existing.value.equals(value) ? null : existing.value;
            }
        }
        bucket.add(new Entry<>(List.copyOf(tokens), text, value));
        return null;
    }

    Hit<V> find(List<String> tokens) {
        Entry<V> best = null;
        Entry<V> rival = null;
        for (int start = 0; start < tokens.size(); start++) {
            List<Entry<V>> bucket = byFirstToken.get(tokens.get(start));
            if (bucket == null) {
                continue;
            }
            for (Entry<V> candidate : bucket) {
                if (!occursAt(tokens, start, candidate.tokens)) {
                    continue;
                }
                int order = best == null ? 1 : compare(candidate, best);
                if (order > 0) {
                    best = candidate;
                    rival = null;
                } else if (order == 0 && !candidate.value.equals(best.value)) {
                    rival = candidate;
                }
            }
        }
        return best == null ? null : new Hit<>(best, rival);
    }

    private static boolean occursAt(List<String> tokens, int start, List<String> alias) {
        if (start + alias.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < alias.size(); i++) {
            if (!tokens.get(start + i).equals(alias.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Longer aliases are more specific: more tokens first, then more characters. */
    private static int compare(Entry<?> a, Entry<?> b) {
        int byTokens = Integer.compare(a.tokens.size(), b.tokens.size());
        return byTokens != 0 ? byTokens : Integer.compare(a.length(), b.length());
    }
}
