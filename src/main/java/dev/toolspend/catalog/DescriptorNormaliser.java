package dev.toolspend.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a raw descriptor ({@code PAYPAL *ATLASSIAN 855-6}, {@code FIGMA SAN FRANCISCO CA}) into the
 * tokens that carry its meaning ({@code atlassian}, {@code figma}). Catalog aliases go through the same
 * steps, so that both sides are compared in one form.
 */
public final class DescriptorNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern URL_SCHEME = Pattern.compile("https?://|www\\.");
    private static final Pattern PHONE = Pattern.compile(
            "\\+?\\b1?[ .-]?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b|\\b\\d{3}-\\d{4}\\b|\\b\\d{3}-\\d{1,4}\\b");
    private static final Pattern STORE_NUMBER = Pattern.compile("#\\s*\\d+");
    /**
     * Payment processors that put their name before the merchant's. Vendors that bill their own
     * products this way ({@code GOOGLE *}, {@code APPLE.COM/BILL}) are kept: they say whose product it is.
     */
    private static final Pattern PROCESSOR_PREFIX = Pattern.compile(
            "^(?:(?:paypal|pp|sq|sp|fs|2co(?:\\.com)?|paddle(?:\\.net)?|amzn mktp \\w+)\\s*\\*\\s*"
                    + "|(?:paypal|sq|sp)\\s+)");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** Words that look like reference codes but are names ({@code 15five}, {@code 360learning}): never dropped. */
    private final Set<String> vocabulary;

    public DescriptorNormaliser() {
        this(Set.of());
    }

    public DescriptorNormaliser(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** The raw words of a name (lower case, no accents, split on anything but letters and digits). */
    public static List<String> words(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_ALNUM.matcher(text).replaceAll(" ").trim().split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "llc", "ltd", "ltee", "corp", "corporation", "gmbh", "sas", "sarl", "co", "limited", "plc",
            "bv", "pty", "ulc", "lp", "llp", "incorporated");

    /** Trailing place words: provinces, states, countries, cities that card networks append. */
    private static final Set<String> PLACES = Set.copyOf(List.of(
            "qc", "on", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe", "yt", "nt", "nu",
            "ca", "us", "usa", "can", "ie", "gb", "uk", "de", "fr", "au", "nz", "se", "il", "ee",
            "al", "ak", "az", "ar", "ct", "dc", "fl", "ga", "hi", "id", "ia", "ks", "ky", "la", "me", "md", "ma", "mi",
            "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc",
            "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "co",
            "montreal", "quebec", "laval", "toronto", "vancouver", "ottawa", "calgary", "edmonton", "winnipeg",
            "gatineau", "sherbrooke", "longueuil", "seattle", "boston", "austin", "chicago", "denver", "redmond",
            "cupertino", "sunnyvale", "dublin", "london", "paris", "berlin", "amsterdam", "sydney", "tallinn",
            "stockholm", "cologne", "koln", "cambridge", "atlanta", "portland", "brooklyn", "lehi", "provo",
            "mississauga", "brampton", "markham", "vaughan", "oakville", "burlington", "hamilton", "kitchener",
            "waterloo", "guelph", "halifax", "moncton", "fredericton", "regina", "saskatoon", "victoria", "kelowna",
            "burnaby", "surrey", "richmond", "levis", "trois", "rivieres", "saguenay", "terrebonne", "boucherville",
            "brossard", "sydney", "melbourne", "singapore", "okemos", "dover", "wilmington", "newark", "reston",
            "herndon", "seattle", "bellevue", "kirkland", "oakland", "berkeley", "irvine", "houston", "dallas",
            "miami", "philadelphia", "pittsburgh", "minneapolis", "detroit", "columbus", "boulder", "raleigh", "durham"));
    private static final Set<String> TWO_WORD_PLACES = Set.of(
            "san francisco", "new york", "los angeles", "palo alto", "mountain view", "menlo park", "san jose",
            "san mateo", "salt lake", "santa clara", "redwood city", "san diego", "tel aviv", "las vegas",
            "mount royal", "sydney nsw");

    /** The normalised form, tokens separated by one space. */
    public String normalise(String raw) {
        return String.join(" ", tokens(raw));
    }

    public List<String> tokens(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
        text = text.toLowerCase(Locale.ROOT).trim();
        text = URL_SCHEME.matcher(text).replaceAll("");
        text = PROCESSOR_PREFIX.matcher(text).replaceFirst("");
        text = PHONE.matcher(text).replaceAll(" ");
        text = STORE_NUMBER.matcher(text).replaceAll(" ");
        List<String> tokens = new ArrayList<>(Arrays.asList(NON_ALNUM.matcher(text).replaceAll(" ").trim().split(" ")));
        tokens.removeIf(token -> token.isEmpty() || LEGAL_SUFFIXES.contains(token)
                || (isReferenceCode(token) && !vocabulary.contains(token)));
        stripTrailingPlaces(tokens);
        return List.copyOf(tokens);
    }

    /** Long numbers and codes mixing letters with several digits ({@code t03abc12}, {@code e0400abcd}). */
    static boolean isReferenceCode(String token) {
        int digits = 0;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                digits++;
            }
        }
        if (digits == token.length()) {
            return digits >= 4;
        }
        return digits >= 2 && token.length() >= 6;
    }

    private static void stripTrailingPlaces(List<String> tokens) {
        boolean changed = true;
        while (changed && tokens.size() > 1) {
            changed = false;
            int n = tokens.size();
            if (n > 2 && TWO_WORD_PLACES.contains(tokens.get(n - 2) + " " + tokens.get(n - 1))) {
                tokens.subList(n - 2, n).clear();
                changed = true;
            } else if (PLACES.contains(tokens.get(n - 1))) {
                tokens.remove(n - 1);
                changed = true;
            }
        }
    }
}
