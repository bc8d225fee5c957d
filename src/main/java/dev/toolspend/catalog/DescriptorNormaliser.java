package dev.toolspend.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a raw descriptor ({@code PAYPAL *ATLASSIAN 855-6}, {@code FIGMA SAN FRANCISCO CA}) into the
 * tokens that carry its meaning ({@code atlassian}, {@code figma}). Catalog aliases go through the same
 * steps, so that both sides are compared in one form.
 */
public final class DescriptorNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern URL_SCHEME = Pattern.compile("https?://|www\\.");
    /**
     * The web address of a payment processor that card networks print in the city field ({@code FS *SKETCH
     * FASTSPRING.COM CA}, {@code DRI*AVAST DRI.AVAST.COM MN}): it names the processor, never the merchant.
     */
    private static final Pattern PROCESSOR_SITE = Pattern.compile(
            "\\b(?:fastspring|paddle|2checkout|avangate|mycommerce|bluesnap|payproglobal|digitalriver|dri\\.[a-z0-9-]+)"
                    + "\\.(?:com|net|io)\\b");
    /** Google's Workspace lines end with the customer's own domain or name: {@code GOOGLE *GSUITE_atelierb.ca}. */
    private static final Pattern GSUITE_CUSTOMER = Pattern.compile("\\bgsuite_\\S*");
    private static final Pattern PHONE = Pattern.compile(
            "\\+?\\b1?[ .-]?\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b|\\b\\d{3}-\\d{4}\\b|\\b\\d{3}-\\d{1,4}\\b");
    private static final Pattern STORE_NUMBER = Pattern.compile("#\\s*\\d+");
    /**
     * Payment processors that put their name before the merchant's. Vendors that bill their own
     * products this way ({@code GOOGLE *}, {@code APPLE.COM/BILL}) are kept: they say whose product it is.
     */
    private static final Pattern PROCESSOR_PREFIX = Pattern.compile(
            "^(?:(?:paypal|pp|pypl|sq|sqr|sp|fs|fsprg|fastspring|dri|2co(?:\\.com)?|paddle(?:\\.net)?|amzn mktp \\w+"
                    + "|stripe|cbi|bls|bluesnap|cko|wpy|in|py|ztl|iz|izettle|sumup|clv|dnh|bt|xsolla|avangate|payproglobal"
                    + "|mycommerce|recurly|chargebee)\\s*\\*\\s*"
                    + "|(?:paypal|sq|sp|stripe(?!\\s+payments\\b))\\s+)");
    /**
     * What banks put before the merchant's name (French wording of Canadian banks): {@code ACHAT -},
     * {@code Prélèvement préautorisé /}, {@code PAIEMENT PRÉAUTORISÉ}, {@code Retrait préautorisé /}. Matched after accents
     * are removed.
     */
    private static final Pattern BANK_PREFIX = Pattern.compile(
            "^(?:(?:achat|paiement)\\s+(?:par\\s+)?(?:carte(?:\\s+(?:visa|mastercard|debit|de credit))?|internet|en ligne|pdv"
                    + "|point de vente|visa|mastercard|interac|direct)|achat|(?:prelevement|paiement|debit|retrait)(?:\\s+pre-?aut(?:orise|\\.))?"
                    + "|pre-?autorise|(?:pos|interac|visa debit|online|internet|recurring)\\s+purchase|purchase"
                    + "|pre-?authori[sz]ed\\s+(?:debit|payment)|preauthori[sz]ed\\s+(?:debit|payment)|recurring payment"
                    + "|point of sale purchase)(?![a-z0-9])\\s*[-/:]?\\s*");
    /**
     * A foreign-currency line's amount and rate, before or after the currency code ({@code USD 270.00 @ 1.3854},
     * {@code 39,00 USD @ 1,3528}, {@code Montant en devise : 149,00 USD - taux 1,369802}, {@code 14,99 EUR}): never a
     * name.
     */
    private static final Pattern CURRENCY_CONVERSION = Pattern.compile(
            "\\b[a-z]{3}\\s+\\d[\\d,.]*\\s*@\\s*\\d[\\d,.]*|\\d[\\d,.]*\\s+[a-z]{3}\\s*@\\s*\\d[\\d,.]*"
                    + "|montant en devise\\s*:?\\s*\\d[\\d,.]*\\s*[a-z]{3}(?:\\s*-?\\s*taux\\s*\\d[\\d,.]*)?"
                    + "|\\b(?:usd|eur|gbp|chf|aud|nzd|sek|dkk|nok|jpy)\\s+\\d[\\d,.]*\\s*$"
                    + "|\\b\\d[\\d,.]*\\s*(?:usd|eur|gbp|chf|aud|nzd|sek|dkk|nok|jpy)\\s*$");
    /**
     * Company forms written with dots and spaces, whose letters alone would be words ("spa", "zoo"): Polish
     * {@code sp. z o.o.}, Italian {@code S.p.A.}, Mexican {@code S.A. de C.V.} and {@code S. de R.L.}.
     */
    private static final Pattern DOTTED_COMPANY_FORM = Pattern.compile(
            "\\bsp\\.?\\s*z\\s*o\\.\\s*o\\.?|\\bs\\.\\s*p\\.\\s*a\\.?|\\bs\\.\\s*a\\.?\\s+de\\s+c\\.\\s*v\\.?|\\bs\\.\\s*de\\s+r\\.\\s*l\\.?");

    /** A document's number, letters, a dash, then digits ({@code SEN-48213377}, {@code INV-2025-04431}): never a name. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\b[a-z]{2,5}-\\d{4,}(?:-\\d+)*\\b");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** Words that look like reference codes but are names ({@code 15five}, {@code 360learning}): never dropped. */
    private final Set<String> vocabulary;

    public DescriptorNormaliser() {
        this(Set.of());
    }

    public DescriptorNormaliser(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /** The text without accents, its ligatures written out: "cœurs" is "coeurs", "Æon" is "AEon". */
    static String withoutAccents(String raw) {
        return LIGATURES.matcher(MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll(""))
                .replaceAll(match -> switch (match.group()) {
                    case "œ" -> "oe";
                    case "Œ" -> "OE";
                    case "æ" -> "ae";
                    default -> "AE";
                });
    }

    private static final Pattern LIGATURES = Pattern.compile("[œŒæÆ]");

    /** Whether the word is the start of a longer word of the set: that word cut short ("SYDNE", "SERVI"). */
    static boolean cutFrom(String word, Set<String> whole) {
        return whole.stream().anyMatch(w -> w.length() > word.length() && w.startsWith(word));
    }

    /** Whether the words start with the other words ("sigma computing" with "sigma"). */
    static boolean startsWith(List<String> words, List<String> start) {
        return words.size() >= start.size() && words.subList(0, start.size()).equals(start);
    }

    /** The raw words of a name (lower case, no accents, split on anything but letters and digits). */
    public static List<String> words(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = withoutAccents(raw).toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_ALNUM.matcher(text).replaceAll(" ").trim().split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "llc", "ltd", "ltee", "corp", "corporation", "gmbh", "sas", "sarl", "co", "limited", "plc",
            "bv", "pty", "ulc", "lp", "llp", "incorporated");
    /** Legal suffixes that could be words of names: removed only at the end of a line ("AG" stays: "Trimble Ag"). */
    private static final Set<String> TRAILING_LEGAL_SUFFIXES = Set.of("sa", "oy", "aps", "srl", "pte", "sro", "kft", "as",
            "ood", "eood", "doo", "nv", "ltda", "kk");

    /** A company-form word ("inc", "ltd", "sa"), which a name may lose without naming something else. */
    static boolean legalSuffix(String word) {
        return LEGAL_SUFFIXES.contains(word) || TRAILING_LEGAL_SUFFIXES.contains(word);
    }

    /** Whether a line ends with a province, state or country, as a card line ends with its merchant's place. */
    static boolean endsWithPlace(String raw) {
        List<String> words = words(raw);
        return !words.isEmpty() && PLACES.contains(words.get(words.size() - 1));
    }

    /** Canada's ten provinces' codes, as a card line ends with its merchant's province. */
    private static final Set<String> PROVINCES = Set.of("qc", "on", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pe");
    /** Trailing place words: provinces, states, countries, cities that card networks append. */
    private static final Set<String> PLACES = Stream.concat(PROVINCES.stream(), Stream.of(
            "yt", "nt", "nu",
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
            "miami", "philadelphia", "pittsburgh", "minneapolis", "detroit", "columbus", "boulder", "raleigh", "durham",
            // three-letter country codes and the European cities software companies bill from
            "fra", "deu", "gbr", "che", "nld", "swe", "irl", "aus", "nor", "dnk", "fin", "esp", "ita", "bel", "aut",
            "isr", "ltu", "lva", "pol", "prt", "jpn", "sgp", "nzl", "lux", "cze", "ch", "dk", "es", "pl", "jp", "sg",
            "lt", "lv", "cz", "pt", "fi", "no", "in", "bg", "hu", "ro", "gr", "cy", "ua", "mx", "kr", "tw", "hk",
            "cyp", "hun", "rou", "bgr", "ukr", "hrv", "est", "svn", "grc", "ind",
            "svk", "isl", "mlt", "bra", "mex", "arg", "chl", "kor", "twn", "hkg", "zaf", "tur", "phl", "mys", "tha",
            "oslo", "geneve", "geneva", "zurich", "zug", "basel", "lausanne", "munich", "munchen", "hamburg",
            "frankfurt", "copenhagen", "kobenhavn", "helsinki", "barcelona", "madrid", "lisbon", "lisboa", "porto",
            "prague", "praha", "warsaw", "warszawa", "krakow", "vilnius", "riga", "brussels", "bruxelles", "ghent",
            "luxembourg", "vienna", "wien", "milan", "milano", "rome", "roma", "utrecht", "rotterdam", "eindhoven",
            "cork", "galway", "edinburgh", "manchester", "bristol", "oxford", "potsdam", "malmo", "gothenburg",
            "aarhus", "bucharest", "budapest", "sofia", "athens", "limassol", "nicosia", "kyiv", "lviv", "montpellier",
            "lyon", "nantes", "bordeaux", "toulouse", "lille", "grenoble", "scottsdale", "tempe", "phoenix",
            "nashville", "charlotte", "orlando", "tampa", "sacramento", "pasadena", "indianapolis", "beauce", "herzliya",
            "haifa", "jerusalem", "karlsruhe", "valencia", "sevilla", "seville", "malaga", "bilbao", "cordoba", "zaragoza",
            "tartu", "ljubljana", "zagreb", "wroclaw", "brno", "wellington", "auckland", "tokyo", "seoul", "bengaluru",
            "bangalore", "pune",
            // a vendor's regional entity: GRAPHISOFT NORTH AMERICA
            "america", "americas")).collect(Collectors.toUnmodifiableSet());
    /** Province, state and country codes: the last word of a card line, after its city. */
    private static final Set<String> REGIONS = Stream.concat(PROVINCES.stream(), Stream.of(
            "yt", "nt", "nu", "ca", "us", "gb", "uk", "de",
            "fr", "au", "nz", "se", "il", "ie", "ee", "fi", "ch", "nl", "dk", "es", "pl", "jp",
            "sg", "lt", "lv", "cz", "pt", "no", "nor", "fra", "deu", "gbr", "che", "nld", "swe", "irl", "aus", "dnk",
            "fin", "esp", "ita", "bel", "aut", "isr", "pol", "prt", "lux", "be", "cy", "cyp", "mlt", "grc", "hun",
            "rou", "bgr", "hrv", "svn", "svk", "ukr", "tur", "ind", "hkg", "twn", "kor", "bra", "mex", "arg", "chl",
            "zaf", "are", "bg", "est", "ie", "al", "ak", "az", "ar", "ct", "dc", "fl", "ga", "hi", "id", "ia", "ks",
            "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
            "in", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "co", "ca"
    )).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> TWO_WORD_PLACES = Set.of(
            "san francisco", "new york", "los angeles", "palo alto", "mountain view", "menlo park", "san jose",
            "san mateo", "salt lake", "santa clara", "redwood city", "san diego", "tel aviv", "las vegas",
            "mount royal", "sydney nsw", "santa monica", "santa barbara", "san antonio", "fort lauderdale",
            "salt lake city", "kansas city", "jersey city", "st louis", "saint laurent", "saint jerome", "saint jean",
            "surry hills", "eden prairie", "hong kong", "ramat gan", "petah tikva", "san luis", "st julians",
            "north sydney", "la jolla", "san rafael");

    /** The normalised form, tokens separated by one space. */
    public String normalise(String raw) {
        return String.join(" ", tokens(raw));
    }

    public List<String> tokens(String raw) {
        return tokens(raw, true);
    }

    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}{4,})(\\p{L}{2})$");

    /**
     * A card line cut inside its city glues the province to what is left of it ({@code NORTH VANCOUVBC}): the province
     * is set apart when the rest begins a known city.
     */
    static String withGluedProvinceApart(String text) {
        Matcher last = LAST_WORD.matcher(text);
        if (!last.find() || !PROVINCES.contains(last.group(2))) {
            return text;
        }
        String cut = last.group(1);
        boolean city = cutFrom(cut, PLACES);
        return city ? text.substring(0, last.start()) + cut + " " + last.group(2) : text;
    }

    /**
     * Tokens already computed: matching one line tokenises the same texts (its descriptor, the vendors' names and
     * aliases it compares with) many times, and a statement repeats its merchants. Bounded, since its texts come
     * from the input.
     */
    private final Map<String, List<String>> tokensOf = new ConcurrentHashMap<>();
    private final Map<String, List<String>> tokensWithCutCityOf = new ConcurrentHashMap<>();
    private static final int MOST_TEXTS_REMEMBERED = 200_000;

    private List<String> tokens(String raw, boolean withoutCutCity) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Map<String, List<String>> known = withoutCutCity ? tokensOf : tokensWithCutCityOf;
        List<String> tokens = known.get(raw);
        if (tokens == null) {
            if (known.size() >= MOST_TEXTS_REMEMBERED) {
                known.clear();
            }
            tokens = computeTokens(raw, withoutCutCity);
            known.put(raw, tokens);
        }
        return tokens;
    }

    private List<String> computeTokens(String raw, boolean withoutCutCity) {
        String text = withoutAccents(raw).toLowerCase(Locale.ROOT).trim();
        text = URL_SCHEME.matcher(text).replaceAll("");
        text = CURRENCY_CONVERSION.matcher(text).replaceAll(" ");
        text = BANK_PREFIX.matcher(text).replaceFirst("");
        text = PROCESSOR_PREFIX.matcher(text).replaceFirst("");
        text = PROCESSOR_SITE.matcher(text).replaceAll(" ");
        text = GSUITE_CUSTOMER.matcher(text).replaceAll("gsuite ");
        text = PHONE.matcher(text).replaceAll(" ");
        text = withGluedProvinceApart(text);
        text = STORE_NUMBER.matcher(text).replaceAll(" ");
        text = DOCUMENT_NUMBER.matcher(text).replaceAll(" ");
        text = DOTTED_COMPANY_FORM.matcher(text).replaceAll(" ");
        List<String> tokens = joinInitials(Arrays.asList(NON_ALNUM.matcher(text).replaceAll(" ").trim().split(" ")));
        tokens.removeIf(token -> token.isEmpty() || LEGAL_SUFFIXES.contains(token)
                || (isReferenceCode(token) && !vocabulary.contains(token)));
        tokens.replaceAll(this::withoutGluedSuffix);
        stripTrailingPlaces(tokens);
        if (withoutCutCity) {
            stripCutCity(tokens);
        }
        return List.copyOf(tokens);
    }

    /** Words that start the names of places and of nothing else a card line holds: compass points, saints, forts. */
    private static final Set<String> PLACE_STARTS = Set.of("north", "south", "east", "west", "new", "st", "ste",
            "saint", "sainte", "port", "fort", "mont", "pointe", "ile", "grand");

    /** First words of a known place's name, written before it ("N VANCOUVER", "ST QUEBEC"). */
    private static final Set<String> PLACE_FIRST_WORDS = union(PLACE_STARTS, Set.of("n", "s", "e", "w"));

    /**
     * First words of two-word city names ("North Vancouver", "Ste-Julie", "Port Coquitlam", "San Jose", "Val-d'Or"):
     * also articles and colours, safe only where the city field is known to be there.
     */
    private static final Set<String> CITY_FIRST_WORDS = union(PLACE_STARTS, Set.of("san", "santa", "lac", "grande",
            "notre", "cap", "val", "la", "le", "les", "los", "las", "el", "palm", "mount", "red", "white", "salt"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Longest city name card networks print after the merchant's (they cut it at 13 characters). */
    static final int CITY_FIELD = 13;

    /**
     * The merchant's name of a card line that ends with a city the normaliser does not know and a province or
     * state code ({@code BUILDERTREND OMAHA NE}): its tokens without that city, or null when the line does not end
     * so. The city is the last words, at most {@value #CITY_FIELD} characters, and at least one word is left.
     */
    public List<String> withoutUnknownCity(String raw) {
        return withoutUnknownCity(raw, false);
    }

    /**
     * As {@link #withoutUnknownCity(String)}; {@code lenient}, for a line whose name is already known (a vendor's, a
     * tool's), the city may be up to three words of any kind that fit the city field ({@code CARLETON PLAC},
     * {@code SOUTH SAN FRA}, with a known place last when the words before it start city names).
     */
    public List<String> withoutUnknownCity(String raw, boolean lenient) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = CURRENCY_CONVERSION.matcher(withoutAccents(raw).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        List<String> fields = Arrays.asList(WHITESPACE.split(withGluedProvinceApart(text), -1));
        if (fields.size() < 3 || !REGIONS.contains(fields.get(fields.size() - 1))) {
            return null;
        }
        List<String> tokens = new ArrayList<>(tokens(raw, false));
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(fields.get(fields.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        // the city is one word, or two when the first is how city names start (NORTH VANCOUV, ST LAURENT)
        for (int words = Math.min(lenient ? 3 : 2, fields.size() - 2); words >= 1; words--) {
            String cityField = String.join(" ", fields.subList(fields.size() - 1 - words, fields.size() - 1));
            List<String> city = words(cityField);
            // a known place in it only when its other words are how city names start (SOUTH SAN FRA)
            boolean knownPlace = city.stream().anyMatch(PLACES::contains) && !(lenient
                    && CITY_FIRST_WORDS.containsAll(city.subList(0, city.size() - 1)) && city.size() > 1);
            if (city.isEmpty() || cityField.length() > CITY_FIELD || knownPlace
                    || (words >= 2 && !lenient && !CITY_FIRST_WORDS.contains(city.get(0)))) {
                continue;
            }
            // the city's last words may already be gone as known places ("SOUTH SAN FRA": FRA)
            for (int kept = city.size(); kept >= 1; kept--) {
                List<String> start = city.subList(0, kept);
                if (tokens.size() > kept && tokens.subList(tokens.size() - kept, tokens.size()).equals(start)) {
                    return List.copyOf(tokens.subList(0, tokens.size() - kept));
                }
            }
        }
        return null;
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

    /** Company words card networks glue to the name when they squeeze spaces out (ZOHOCORP, FREEPIKCOMP). */
    private static final List<String> GLUED_SUFFIXES = List.of("corp", "comp", "inc", "ltd", "llc", "gmbh", "hq",
            "software", "bv");

    /** A word that is a catalog word with a company word glued to it is that catalog word. */
    private String withoutGluedSuffix(String token) {
        if (vocabulary.contains(token)) {
            return token;
        }
        for (String suffix : GLUED_SUFFIXES) {
            String stem = token.endsWith(suffix) ? token.substring(0, token.length() - suffix.length()) : "";
            if (stem.length() >= 3 && vocabulary.contains(stem)) {
                return stem;
            }
        }
        return token;
    }

    /** Runs of single letters are one word: {@code B.V.} is {@code bv}, {@code S.R.O.} is {@code sro}. */
    private static List<String> joinInitials(List<String> words) {
        List<String> joined = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String word : words) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                run.append(word);
                continue;
            }
            if (!run.isEmpty()) {
                joined.add(run.toString());
                run.setLength(0);
            }
            joined.add(word);
        }
        if (!run.isEmpty()) {
            joined.add(run.toString());
        }
        return joined;
    }

    /** Shortest start of a city's name read as that city cut short at the end of a line. */
    private static final int SHORTEST_CUT_CITY = 4;

    /**
     * A last word that is the start of a known city's name ({@code ATLASSIAN PTY LTD SYDNE}: the line was cut in
     * the city) goes, unless it is a catalog word.
     */
    private void stripCutCity(List<String> tokens) {
        int n = tokens.size();
        if (n < 2) {
            return;
        }
        String last = tokens.get(n - 1);
        if (last.length() >= SHORTEST_CUT_CITY && !vocabulary.contains(last) && last.chars().allMatch(Character::isLetter)
                && !LookAlikes.BUSINESS_WORDS.contains(last) && !AliasIndex.WHOLE_WORDS.contains(last)
                && cutFrom(last, PLACES)) {
            tokens.remove(n - 1);
            if (n > 2 && PLACE_FIRST_WORDS.contains(tokens.get(n - 2))) {
                tokens.remove(n - 2); // NORTH VANCOUVE's first word
            }
        }
    }

    private static void stripTrailingPlaces(List<String> tokens) {
        boolean changed = true;
        while (changed && tokens.size() > 1) {
            changed = false;
            int n = tokens.size();
            if (n > 2 && TWO_WORD_PLACES.contains(tokens.get(n - 2) + " " + tokens.get(n - 1))) {
                tokens.subList(n - 2, n).clear();
                changed = true;
            } else if (n > 2 && tokens.get(n - 1).matches("\\d{1,2}") && PLACES.contains(tokens.get(n - 2))) {
                tokens.subList(n - 2, n).clear(); // a city's postal district: DUBLIN 2
                changed = true;
            } else if (PLACES.contains(tokens.get(n - 1)) || TRAILING_LEGAL_SUFFIXES.contains(tokens.get(n - 1))) {
                tokens.remove(n - 1);
                changed = true;
                if (n > 2 && PLACE_FIRST_WORDS.contains(tokens.get(n - 2))) {
                    tokens.remove(n - 2); // N VANCOUVER, ST LAURENT's first word
                }
            }
        }
    }
}
