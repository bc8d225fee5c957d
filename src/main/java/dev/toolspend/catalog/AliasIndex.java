package dev.toolspend.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds, in a token sequence, the longest alias (a token sequence of its own) and what it stands for.
 * Aliases are indexed by their first token, so the cost of a look-up depends on the descriptor's
 * length, not on the size of the catalog.
 */
final class AliasIndex<V> {

    /** Card networks cut descriptors at 22–25 characters: the descriptor's last word may be a cut alias word. */
    static final int SHORTEST_CUT_WORD = 5;

    /**
     * Common words a merchant's name ends with ({@code NEW YORK TIMES}, {@code ROYAL TRUST}, {@code ZOOM PHOTO},
     * {@code FAIRMONT ... FRONT}): a card line that ends with one ends there, it is not a product's name cut short
     * ({@code TIMES} is not Timescale, {@code PHOTO} not Photoshop, {@code TEAMS} not TeamSnap).
     */
    static final Set<String> DICTIONARY_WORDS = wordList("/catalog/common-words.txt");

    /**
     * One-word catalog names that are English or French words ({@code loom}, {@code notion}, {@code podium}): other
     * businesses carry them in their names ({@code catalog/word-names.txt}, generated with {@code common-words.txt}).
     */
    static final Set<String> WORD_NAMES = wordList("/catalog/word-names.txt");

    /**
     * English and French dictionary words that start a longer catalog word ({@code CARTE} / Cartesia, {@code
     * PLATFORMS} / Platform.sh): a line ending with one ends with that word ({@code catalog/common-words.txt},
     * generated from the system word lists by {@code src/test/resources/catalog/common-words.py}).
     */
    private static Set<String> wordList(String resource) {
        try (InputStream in = AliasIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final Set<String> WHOLE_WORDS = Set.of(
            "property", "hydro", "energie", "rocket", "after", "channel", "canon", "single", "times", "tiger", "sheet",
            "clear", "demand",
            "trust", "review", "simple", "message", "sports", "perfect", "trainer", "contractor", "curve", "reach",
            "mighty", "better", "elegant", "theme", "gravity", "image", "upload", "bright", "screen", "clean", "product",
            "groove", "speech", "circle", "benchmark", "lucky", "mouse", "crazy", "happy", "right", "wonder", "gloss",
            "super", "short", "photo", "teams", "books", "front", "power", "smart", "fresh", "click", "quick", "build",
            "cloud", "survey", "sprout", "money", "point", "stock", "store", "trade", "water", "green", "light", "night",
            "sound", "sales", "space", "spark", "story", "table", "title", "total", "touch", "track", "truck", "union",
            "value", "video", "voice", "watch", "world", "house", "music", "paper", "print", "place", "plant", "press",
            "prime", "pulse", "rapid", "ready", "royal", "scale", "score", "sense", "share", "shift", "shore", "slate",
            "solar", "south", "north", "stack", "stage", "start", "state", "steel", "stone", "study", "style", "sugar",
            "sweet", "swift", "tower", "urban", "vital", "whole", "canada", "global", "digital", "online", "systems",
            "solutions", "network", "networks", "group", "groupe", "management", "consulting", "services", "service",
            "media", "marketing", "international", "enterprises", "holdings", "partners", "associates", "health",
            "medical", "sport", "energy", "capital", "financial", "insurance", "realty", "homes", "school", "motors",
            "foods", "market", "express", "direct", "central", "national", "pacific", "atlantic", "western", "eastern",
            "northern", "southern", "general", "united", "first", "premier", "quality", "supply", "supplies", "rental",
            "rentals", "travel", "tours", "maison", "centre", "center", "produits", "design", "studios", "images",
            // the first word of a compound product name (Targetprocess, RevenueCat, Chargebee, SlidesAI…) that a
            // merchant's or bank's line also ends with (TARGET, REVENU QUEBEC, SERVICE CHARGE, GOOGLE SLIDES)
            "slides", "target", "revenu", "cookies", "deposit", "charge", "local", "draft", "bazaar", "milan",
            "stand", "bloom", "strip", "honey", "white", "mother", "amber", "label", "raven", "prism", "brain",
            "samba", "wells", "ground", "rocker", "quest", "medal", "pigeon", "guard", "tunnel", "strong", "brand",
            "author", "friend", "gather", "landing", "sleek", "sharp", "never", "million", "button", "slick",
            "signal", "built", "train", "staff", "storm", "maven", "intern", "convey", "dreams", "icons", "switch",
            "explore", "inspect", "feature", "adapt", "flags", "stats", "proxy", "package", "codes", "superb",
            "slide", "write", "other", "prompt", "hyper", "reward", "refer", "embed", "login", "conduct", "trump",
            "churn", "gains", "scrap",
            // …and the first word of such a vendor's name, for the vendor names (AgencyAnalytics, VanillaSoft, ButterCMS)
            "agency", "action", "audit", "browser", "business", "butter", "cache", "calendar", "chart", "check",
            "client", "clever", "concept", "connect", "contact", "content", "convert", "cookie", "count", "creator",
            "crowd", "dream", "email", "engage", "files", "fonts", "forms", "growth", "guide", "hacker", "insight",
            "lambda", "little", "llama", "logic", "mango", "might", "partner", "phone", "pitch", "podcast", "proof",
            "proposal", "question", "quota", "render", "rescue", "revenue", "scaling", "server", "social", "sounds",
            "spend", "squad", "status", "strap", "stream", "studio", "surreal", "tracking", "transfer", "types",
            "vanilla", "vista", "webinar", "winds", "branch", "great", "tailor", "stitch", "sauce", "ginger",
            "domino", "captain", "thrive", "cherry", "triple", "comet", "cosmic", "topaz", "ruler", "carbon",
            "hornet", "fleet", "asset", "living", "strike", "answer", "rival", "shopper", "swipe", "agile", "nimble",
            "pipeline", "visitor", "voila", "higher", "knowledge", "create", "mermaid", "optimal", "sensor",
            "fluent", "remove", "browse", "viral", "tweet", "aspire", "keyword");

    record Entry<V>(List<String> tokens, String text, V value) {
        int length() {
            return String.join(" ", tokens).length();
        }
    }

    /**
     * The best hit, or an ambiguity when two different values tie.
     *
     * @param start the position of the hit's first token in the descriptor
     */
    record Hit<V>(Entry<V> entry, Entry<V> rival, int start) {
        boolean ambiguous() {
            return rival != null;
        }
    }

    private final NavigableMap<String, List<Entry<V>>> byFirstToken = new TreeMap<>();
    /** Every word of every alias: a descriptor word that is one is whole, not cut. */
    private final Set<String> words = new HashSet<>();
    private final boolean laterWins;

    /**
     * @param laterWins between aliases of equal length, whether the one ending later in the descriptor
     *                  wins (products follow their vendor's name) or the one starting earlier (vendors lead)
     */
    AliasIndex(boolean laterWins) {
        this.laterWins = laterWins;
    }

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
        words.addAll(tokens);
        return null;
    }

    /**
     * The best alias in the tokens: the most tokens; then by place (see the constructor); then the
     * longest text.
     */
    Hit<V> find(List<String> tokens) {
        return find(tokens, value -> true);
    }

    /** The best alias among those whose value is accepted. */
    Hit<V> find(List<String> tokens, Predicate<V> accepted) {
        Entry<V> best = null;
        Entry<V> rival = null;
        int bestStart = -1;
        for (int start = 0; start < tokens.size(); start++) {
            for (Entry<V> candidate : candidates(tokens, start)) {
                if (!accepted.test(candidate.value) || !occursAt(tokens, start, candidate.tokens)) {
                    continue;
                }
                int order = best == null ? 1 : compare(candidate, start, best, bestStart);
                if (order != 0 && best != null && candidate.tokens.size() == best.tokens.size()) {
                    // between aliases of as many words, one found whole beats one guessed from a cut word
                    int byWhole = Boolean.compare(isCut(tokens, bestStart, best), isCut(tokens, start, candidate));
                    order = byWhole != 0 ? byWhole : order;
                }
                if (order > 0) {
                    best = candidate;
                    bestStart = start;
                    rival = null;
                } else if (order == 0 && !candidate.value.equals(best.value)) {
                    rival = candidate;
                }
            }
        }
        return best == null ? null : new Hit<>(best, rival, bestStart);
    }

    /** Aliases starting with the token; for a cut last token, every alias whose first word it begins. */
    private Collection<Entry<V>> candidates(List<String> tokens, int start) {
        String token = tokens.get(start);
        if (!mayBeCut(tokens, start)) {
            return byFirstToken.getOrDefault(token, List.of());
        }
        List<Entry<V>> all = new ArrayList<>();
        byFirstToken.subMap(token, true, token + Character.MAX_VALUE, false).values().forEach(all::addAll);
        return all;
    }

    /** The descriptor's last word, long enough and not a whole alias word, may be cut short. */
    private boolean mayBeCut(List<String> tokens, int index) {
        return mayBeCut(tokens, index, SHORTEST_CUT_WORD);
    }

    /** The descriptor's last word, at least {@code shortest} letters and neither a catalog nor a common word. */
    private boolean mayBeCut(List<String> tokens, int index, int shortest) {
        String token = tokens.get(index);
        return index == tokens.size() - 1 && token.length() >= shortest && !words.contains(token)
                && !WHOLE_WORDS.contains(token) && !DICTIONARY_WORDS.contains(token);
    }

    /** Shortest cut word read after an alias's first words were found whole ("ADOBE *CREATIVE CLO"). */
    static final int SHORTEST_CUT_WORD_AFTER_NAME = 3;

        /** Whether the alias, found at start, was only found because the descriptor's last word may be cut short. */
    private static boolean isCut(List<String> tokens, int start, Entry<?> alias) {
        int last = start + alias.tokens.size() - 1;
        return !tokens.get(last).equals(alias.tokens.get(alias.tokens.size() - 1));
    }

    private boolean occursAt(List<String> tokens, int start, List<String> alias) {
        if (start + alias.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < alias.size(); i++) {
            String token = tokens.get(start + i);
            String wanted = alias.get(i);
            // after the alias's first words found whole, its last may be cut shorter
            int shortest = i > 0 ? SHORTEST_CUT_WORD_AFTER_NAME : SHORTEST_CUT_WORD;
            boolean cut = i == alias.size() - 1 && mayBeCut(tokens, start + i, shortest) && wanted.startsWith(token);
            if (!token.equals(wanted) && !cut) {
                return false;
            }
        }
        return true;
    }

    private int compare(Entry<?> a, int aStart, Entry<?> b, int bStart) {
        int byTokens = Integer.compare(a.tokens.size(), b.tokens.size());
        if (byTokens != 0) {
            return byTokens;
        }
        int byPlace = laterWins ? Integer.compare(aStart + a.tokens.size(), bStart + b.tokens.size())
                : Integer.compare(bStart, aStart);
        return byPlace != 0 ? byPlace : Integer.compare(a.length(), b.length());
    }
}
