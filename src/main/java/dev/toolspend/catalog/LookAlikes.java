package dev.toolspend.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Negative evidence: a merchant whose name holds a tool's name but also a word of a business that sells no software
 * ({@code SLACK TIDE TAPROOM}, {@code RESTO LE SLACK}, {@code SALON CLIO COIFFURE}, {@code TST* NOTION KITCHEN}) is that
 * business, not the tool, unless the descriptor also carries strong software evidence (a SKU code, a word such as
 * {@code SOFTWARE} or {@code ABONNEMENT}, a web address) or the business word is part of the tool's own names
 * ({@code Copilot Studio}, {@code Square for Restaurants}). The one place this rule lives.
 */
final class LookAlikes {

    /** Words of restaurants, cafés, studios, gyms, salons, garages, shops… in English and French, normalised. */
    static final Set<String> BUSINESS_WORDS = Set.of(
            "restaurant", "restaurants", "resto", "cafe", "cafes", "coffee", "roasters", "bar", "grill", "pub", "bistro",
            "bistrot", "brasserie", "microbrasserie", "taproom", "brewing", "brewery", "kitchen", "cuisine", "sushi",
            "pizza", "pizzeria", "bakery", "diner", "tavern", "taverne", "deli", "burger", "burgers", "tacos", "ramen",
            "boulangerie", "patisserie", "traiteur", "catering", "epicerie", "grocery", "depanneur", "fromagerie",
            "boucherie", "poissonnerie", "creperie", "cantine", "latte", "tst",
            "studio", "yoga", "pilates", "fitness", "gym", "crossfit", "climbing", "escalade", "bowling", "golf",
            "salon", "spa", "coiffure", "barbershop", "barber", "hair", "nails", "esthetique", "tattoo", "tatouage",
            "garage", "carwash", "mecanique", "lave", "car", "wash",
            "fleuriste", "florist", "flowers", "pharmacie", "pharmacy", "quincaillerie", "nettoyeur",
            "cleaners", "laundry", "buanderie", "courier", "couriers", "hotel", "motel", "auberge", "inn", "winery",
            "vignoble", "cinema", "theatre", "boutique", "shop", "outfitters", "outfitter",
            "pourvoirie", "daycare", "garderie", "dentaire", "dental", "chiropratique",
            // more food and drink (English and French)
            "espresso", "bagel", "bagels", "donut", "donuts", "creamery", "gelato", "gelateria", "lounge", "cocktail",
            "liquor", "biere", "bieres", "brasseurs", "distillery", "distillerie", "smokehouse", "bbq", "steakhouse",
            "shawarma", "poutine", "poutinerie", "pho", "noodle", "noodles", "dumpling", "dumplings", "bakeshop",
            "chocolaterie", "confiserie", "cupcake", "cupcakes", "cafeteria", "croute", "buffet", "eatery", "trattoria",
            "osteria", "cantina", "taqueria", "sandwich", "sandwicherie", "wings", "rotisserie", "seafood", "oyster",
            "huitres", "smoothie", "boba", "tea", "salades", "pizzas", "restobar", "bouffe",
            // fitness, sports, wellness and care
            "boxing", "boxe", "karate", "dojo", "dance", "danse", "barre", "athletic", "athletics", "arena", "curling",
            "hockey", "soccer", "tennis", "piscine", "natation", "physio", "physiotherapie", "physiotherapy", "massage",
            "massotherapie", "osteopathie", "acupuncture", "chiro", "chiropractic", "optometriste", "optometrist",
            "lunetterie", "clinic", "clinique", "medicale", "veterinaire", "veterinary", "grooming", "toilettage",
            "beauty", "beaute", "lash", "lashes", "manucure", "barbier", "coiffeur", "waxing", "tanning", "bronzage",
            "dentist", "dentisterie", "orthodontie", "denturologiste",
            // cars, couriers, shops and trades
            "auto", "autos", "automobile", "automobiles", "carrosserie", "pneus", "tire", "tires", "muffler", "lube",
            "collision", "towing", "remorquage", "parking", "stationnement", "purolator", "canpar", "loomis", "hardware",
            "lumber", "grocer", "supermarche", "pharmaprix", "drugstore", "resort", "lodge", "hostel", "plomberie",
            "plumbing", "roofing", "toiture", "landscaping", "paysagement", "paysagiste", "demenagement", "movers",
            "imprimerie", "encadrement", "cordonnerie", "bijouterie", "jewelry", "jewellers", "optique", "librairie",
            "bookstore", "jouets", "animalerie", "tabac", "dispensary", "vape", "escape", "arcade", "karting",
            "trampoline", "amusement", "photo", "photographe", "photographie",
            // crafts, events and leisure
            "yarn", "laine", "tricot", "fabric", "tissus", "quilting", "crafts", "artisanat", "festival", "fest", "gala",
            "concert", "sports", "sport", "marina", "camping", "ski", "golfclub", "museum", "musee", "zoo", "aquarium",
            "bingo", "casino", "billard", "billiards", "pool", "cinemas", "spectacle", "theater", "ballet", "opera",
            "ristorante", "caffe", "taverna", "coop", "op", "cooperative", "ecole", "school", "outlet", "windsurf");

    /** Words that say the charge is software, whatever else the merchant's name holds. */
    static final Set<String> SOFTWARE_WORDS = Set.of("software", "logiciel", "logiciels", "saas", "subscription",
            "abonnement", "licence", "license", "licences", "licenses", "app", "apps", "api", "hosting", "hebergement");

    /** A web address in the descriptor ({@code NOTION.SO}, {@code ZOOM.US}): the merchant is online. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)[a-z0-9]\\.(?:com|io|so|ai|app|co|net|us|ca|org|me|tv)\\b");

    private LookAlikes() {
    }

    /**
     * The words of another business's name beside a one-word product name ({@code LOOM & SPINDLE}, {@code FIGMA FLORAL
     * DESIGN}): those neither explained nor short nor codes; one is enough when the name is a common word
     * ({@code AliasIndex.WORD_NAMES}), any other name needs two, as a product's own line rarely carries two words of
     * its own. Empty when there are not enough.
     *
     * @param oneWordName the product's name found in the line
     * @param name        the merchant's name, without its city, legal name before DBA or add-on host
     * @param explained   words the product, billing or the vendor explain
     */
    static List<String> otherBusinessWords(String oneWordName, List<String> name, Predicate<String> explained) {
        List<String> others = name.stream().filter(word -> word.length() > 2 && !word.equals(oneWordName)
                && word.chars().noneMatch(Character::isDigit) && !explained.test(word)).toList();
        int enough = AliasIndex.WORD_NAMES.contains(oneWordName) ? 1 : 2;
        return others.size() >= enough ? others : List.of();
    }

    /** Whether the descriptor says it is software: a software word or a web address ({@code NOTION.SO}). */
    static boolean softwareEvidence(List<String> tokens, String raw) {
        return tokens.stream().anyMatch(SOFTWARE_WORDS::contains) || (raw != null && WEB_ADDRESS.matcher(raw).find());
    }

    /**
     * The business word that makes the descriptor a look-alike of the tool, if any.
     *
     * @param tokens    the descriptor's normalised tokens
     * @param raw       the descriptor as written
     * @param toolWords every word of the matched tool's names and aliases
     */
    static Optional<String> businessWord(List<String> tokens, String raw, Collection<String> toolWords) {
        if (softwareEvidence(tokens, raw)) {
            return Optional.empty();
        }
        return tokens.stream().filter(BUSINESS_WORDS::contains).filter(word -> !toolWords.contains(word)).findFirst();
    }
}
