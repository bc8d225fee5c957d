package dev.toolspend.ingest.header;

import dev.toolspend.model.InputKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.toolspend.ingest.header.Field.*;

/**
 * The vocabulary of every input kind's columns, in one place: a file or sheet is recognised by its header row,
 * in English or French. A header cell is compared by its words ({@link #key}): case, accents and punctuation
 * aside, without what it says in parentheses or brackets ({@code Préavis (jours)}, {@code Taux (CAD)}), without
 * the currency it is expressed in ({@code Rate to CAD}, {@code Taux vers CAD}, {@code Montant en CAD}), without
 * function words ({@code de}, {@code du}, {@code of}, {@code per}…) and plural marks, in any order: each field has
 * a list of phrases, and a cell with the words of one of them is that field's column. Each kind has one
 * vocabulary, the generic phrases first and then the vendors' own column names; within a field the first
 * phrase the header has wins, so put the preferred column first ({@code merchant name} before a raw
 * descriptor). docs/headers.md lists the vocabulary (a test keeps it true). To accept a new export, add its
 * column names here, and a {@link Layout} if its rows mean something its columns do not say.
 */
public final class HeaderSchema {

    private record Column(Field field, List<String> aliases, List<String> keys) {
    }

    /** What a header must have to be read as a kind, each entry one field or its alternatives. */
    private static final Map<InputKind, List<List<Field>>> REQUIRED = new EnumMap<>(Map.of(
            InputKind.BILLING, List.of(List.of(DATE), List.of(AMOUNT), List.of(VENDOR, DESCRIPTION)),
            InputKind.LICENSES, List.of(List.of(TOOL), List.of(SEATS), List.of(PRICE)),
            InputKind.USAGE, List.of(List.of(USER, LOGIN), List.of(TOOL), List.of(LAST_ACTIVE, TIMESTAMP)),
            InputKind.FX, List.of(List.of(CURRENCY), List.of(RATE)),
            InputKind.ROSTER, List.of(List.of(USER), List.of(STATUS, END_DATE)),
            InputKind.CATALOG, List.of(List.of(ID), List.of(Field.ALIASES))));

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** Words a header's meaning does not depend on: {@code Taux de change} is {@code taux change}. */
    private static final Set<String> FUNCTION_WORDS = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "au",
            "aux", "en", "par", "pour", "et", "a", "the", "of", "per", "an", "for", "and", "to", "vers", "in");
    /** Currencies a header may say its amounts or rates are in ({@code Montant CAD}, {@code Rate to USD}). */
    private static final Set<String> CURRENCIES = Set.of("cad", "usd", "eur", "gbp", "aud", "nzd", "chf", "jpy",
            "cny", "inr", "mxn", "brl", "sek", "nok", "dkk", "hkd", "sgd");
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[(\\[{][^)\\]}]*[)\\]}]");

    private static final Map<InputKind, List<Column>> ALIASES = new EnumMap<>(InputKind.class);

    static {
        ALIASES.put(InputKind.BILLING, List.of(
                col(DATE, "date", "transaction date", "trans date", "posted date", "posting date", "charge date",
                        "invoice date", "invoicedate", "bill date", "user transaction time", "transaction time",
                        "purchase date", "chargeperiodstart", "date de transaction", "date de l operation",
                        "date d operation", "date de facture", "date de facturation", "date d achat",
                        "date de l achat", "date comptable", "date de la depense"),
                col(VENDOR, "vendor", "merchant name", "merchant", "payee", "supplier", "vendor name", "supplier name",
                        "contactname", "contact name", "fournisseur", "marchand", "commercant", "nom du commercant",
                        "nom du marchand", "nom du fournisseur", "beneficiaire"),
                col(RAW_DESCRIPTOR, "merchant descriptor", "raw descriptor", "statement descriptor",
                        "appears on your statement as", "libelle sur le releve", "libelle du releve"),
                col(DESCRIPTION, "description", "memo", "memo description", "item description", "libelle",
                        "chargedescription", "description de la transaction", "description de l operation",
                        "objet"),
                col(DETAILS, "details", "extended details", "notes", "detail", "note", "remarque"),
                col(AMOUNT, "amount", "montant", "billedcost", "total before sales tax", "total avant taxes",
                        "charge amount", "montant de la transaction", "montant de l operation", "montant total",
                        "montant avant taxes", "total amount", "total"),
                col(LINE_AMOUNT, "lineamount", "line amount"),
                col(QUANTITY, "quantity", "qty", "quantite"),
                col(UNIT_PRICE, "unitamount", "unit amount", "unit price", "prix unitaire"),
                col(TAX, "sales tax", "taxamount", "tax amount", "tax", "taxes", "taxe de vente", "tps tvq",
                        "montant des taxes"),
                col(CURRENCY, "currency", "devise", "currency code", "monnaie", "code de devise", "billingcurrency"),
                col(DEPARTMENT, "department", "departement", "service", "cost center", "centre de couts", "team",
                        "unite"),
                col(TYPE, "type", "transaction type", "type de transaction", "type d operation"),
                col(CHARGE_CATEGORY, "chargecategory"),
                col(SERVICE, "servicename"),
                col(PUBLISHER, "publishername", "serviceprovidername"),
                col(PROVIDER, "providername", "hostprovidername", "invoiceissuername")));
        ALIASES.put(InputKind.LICENSES, List.of(
                col(TOOL, "tool", "software", "application", "product", "tool name", "outil", "logiciel", "produit",
                        "nom de l outil", "nom du logiciel"),
                col(PLAN, "plan", "edition", "forfait", "formule"),
                col(SEATS, "seats", "licenses", "licences", "quantity", "number of seats", "number of licenses",
                        "sieges", "nombre de licences", "nombre de sieges", "nombre de postes", "nb de licences",
                        "quantite"),
                col(PRICE, "price per seat", "price per license", "price per user", "unit price", "price",
                        "cost per seat", "prix par licence", "prix par siege", "prix par utilisateur", "prix unitaire",
                        "cout par licence", "cout unitaire", "prix", "tarif"),
                col(CYCLE, "billing cycle", "cycle", "billing frequency", "frequency", "cycle de facturation",
                        "frequence de facturation", "periodicite", "facturation"),
                col(CURRENCY, "currency", "devise", "monnaie"),
                col(RENEWAL, "renewal date", "renews on", "renewal", "date de renouvellement", "renouvellement",
                        "echeance", "date d echeance", "fin du contrat", "date de fin du contrat"),
                col(NOTICE, "notice period days", "notice period", "notice days", "notice", "preavis jours",
                        "preavis", "delai de preavis jours", "delai de preavis"),
                col(OWNER, "owner", "responsable", "proprietaire"),
                col(DEPARTMENT, "department", "departement", "service"),
                col(CATEGORY, "category", "categorie"),
                col(INACTIVE_AFTER, "inactive after days", "inactive after", "inactif apres jours", "inactif apres"),
                col(EXEMPT, "exempt", "exempte", "exemption"),
                col(AUTO_RENEW, "auto renew", "auto renewal", "renouvellement automatique")));
        ALIASES.put(InputKind.USAGE, List.of(
                col(USER, "user", "email", "e mail", "user email", "email address", "email address required",
                        "user principal name", "upn", "actor alternateid", "actor alternate id", "utilisateur",
                        "courriel", "adresse courriel", "adresse electronique", "courriel de l utilisateur"),
                col(LOGIN, "login", "username", "user name", "user login", "nom d utilisateur", "identifiant"),
                col(TOOL, "tool", "app", "application", "app name", "application name", "target displayname",
                        "target 0 displayname", "target display name", "outil", "logiciel", "nom de l application"),
                col(LAST_ACTIVE, "last active", "last activity", "last activity date", "last login", "last seen",
                        "last sign in", "last sign in read only", "last sign in date", "derniere activite",
                        "derniere connexion", "date de derniere connexion", "date de la derniere activite",
                        "dernier acces", "derniere utilisation"),
                col(STATUS, "status", "status read only", "account status", "statut", "etat", "statut du compte"),
                col(ASSIGNED, "assigned on", "assigned", "assignment date", "date assigned", "assigned date",
                        "attribue le", "date d attribution"),
                col(UNASSIGNED, "unassigned on", "unassigned", "unassigned date"),
                col(DELETED, "is deleted", "deleted"),
                col(BILLING_ACTIVE, "billing active", "billable"),
                col(SUSPENDED, "suspended", "is suspended"),
                col(TIMESTAMP, "timestamp", "time", "event time", "datetime", "date time", "occurred at", "published",
                        "event timestamp", "horodatage", "date et heure", "date"),
                col(EVENT_TYPE, "eventtype", "event type"),
                col(OUTCOME, "outcome result", "outcome", "result")));
        ALIASES.put(InputKind.ROSTER, List.of(
                col(USER, "email", "e mail", "work email", "employee email", "email address", "user", "courriel",
                        "courriel professionnel", "adresse courriel", "adresse electronique", "courriel de l employe"),
                col(STATUS, "status", "employment status", "employee status", "statut", "statut d emploi",
                        "statut de l employe", "situation"),
                col(END_DATE, "end date", "termination date", "last day", "last day of work", "departure date",
                        "date de fin", "date de depart", "dernier jour", "date de fin d emploi",
                        "date de cessation d emploi", "date de cessation", "fin d emploi"),
                col(DEPARTMENT, "department", "departement", "service", "team", "equipe", "unite"),
                col(MANAGER, "manager", "manager email", "gestionnaire", "superieur", "superieur immediat")));
        ALIASES.put(InputKind.FX, List.of(
                col(CURRENCY, "currency", "devise", "monnaie", "code de devise", "currency code"),
                col(RATE, "rate", "fx rate", "exchange rate", "conversion rate", "taux", "taux de change",
                        "taux de conversion", "cours"),
                col(EFFECTIVE, "date", "effective date", "as of", "valid from", "rate date", "date d effet",
                        "date du taux", "en vigueur le", "date de valeur"),
                col(MONTH, "month", "period", "mois", "periode"),
                col(BASE, "base", "base currency", "quote currency", "devise de base", "devise de reference",
                        "devise cible")));
        ALIASES.put(InputKind.CATALOG, List.of(
                col(ID, "id", "tool id", "identifiant", "id outil"),
                col(NAME, "name", "tool name", "nom", "nom de l outil"),
                col(VENDOR, "vendor", "fournisseur", "editeur"),
                col(CATEGORY, "category", "categorie"),
                col(Field.ALIASES, "aliases", "alias", "synonymes", "descripteurs"),
                col(LIST_PRICE, "list price per seat month", "list price", "prix catalogue par siege mois",
                        "prix catalogue"),
                col(CURRENCY, "currency", "devise", "monnaie"),
                col(OVERLAP, "overlap", "chevauchement")));
    }

    private HeaderSchema() {
    }

    /**
     * The layout whose columns the header has: a vendor layout first (its own column names say which
     * export it is), else the generic layout of the kind that recognises the most columns (then the
     * order of {@link Layout}).
     */
    public static Optional<HeaderMatch> recognise(List<String> header) {
        Set<String> names = new HashSet<>();
        header.forEach(h -> names.add(normalise(h)));
        Map<InputKind, Map<Field, Integer>> found = new EnumMap<>(InputKind.class);
        HeaderMatch best = null;
        int bestScore = -1;
        for (Layout layout : Layout.values()) {
            Map<Field, Integer> columns = found.computeIfAbsent(layout.kind(), kind -> locate(kind, header));
            if (!layout.accepts(columns, names)) {
                continue;
            }
            int score = (layout.vendor() ? 1000 : 0) + columns.size();
            if (score > bestScore) {
                best = new HeaderMatch(layout, columns, List.copyOf(header));
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Header text in comparable form: lower case, no accents, words separated by one space. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        boolean gap = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c >= 0x80) {                    // accents and other scripts: the general way
                String text = MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
                return NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(lower);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static Map<Field, Integer> locate(InputKind kind, List<String> header) {
        List<String> keys = new ArrayList<>();
        header.forEach(h -> keys.add(key(h)));
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        for (Column column : ALIASES.get(kind)) {
            for (String alias : column.keys) {
                int index = keys.indexOf(alias);
                if (index >= 0 && !found.containsValue(index)) {
                    found.put(column.field, index);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A header cell as the vocabulary compares it: its words, normalised ({@link #normalise}), without what it
     * says in parentheses or brackets, without a currency it ends with (and the {@code to}, {@code vers},
     * {@code en}, {@code in} before it), without function words, singular, in alphabetical order.
     */
    public static String key(String header) {
        String text = header == null ? "" : header;
        String bare = normalise(BRACKETED.matcher(text).replaceAll(" "));
        List<String> words = new ArrayList<>(List.of((bare.isEmpty() ? normalise(text) : bare).split(" ")));
        if (words.size() > 1 && CURRENCIES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
                kept.add(word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        if (kept.isEmpty()) {
            return String.join(" ", words);
        }
        kept.sort(null);
        return String.join(" ", kept);
    }

    /**
     * For a header that is no kind: the kind it looks like, with the required fields it lacks (each an entry of
     * alternatives), when it has the columns of at least two fields of that kind, or is a short table with a
     * currency column (a rates file whose rate column says nothing known). Empty when it looks like nothing.
     */
    public static Optional<NearMiss> nearMiss(List<String> header) {
        NearMiss best = null;
        int bestFound = 0;
        for (InputKind kind : InputKind.values()) {
            Map<Field, Integer> found = locate(kind, header);
            List<List<Field>> missing = new ArrayList<>();
            for (List<Field> alternatives : REQUIRED.get(kind)) {
                if (alternatives.stream().noneMatch(found::containsKey)) {
                    missing.add(alternatives);
                }
            }
            int satisfied = REQUIRED.get(kind).size() - missing.size();
            boolean rates = kind == InputKind.FX && found.containsKey(CURRENCY) && header.size() <= 3;
            if (satisfied >= 1 && !missing.isEmpty() && (found.size() >= 2 || rates) && found.size() > bestFound) {
                best = new NearMiss(kind, missing);
                bestFound = found.size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A header of a kind but for the fields it lacks. */
    public record NearMiss(InputKind kind, List<List<Field>> missing) {
    }

    /**
     * The currency a header says its values are in, from a code in parentheses or brackets ({@code Taux (CAD)}) or
     * ending it ({@code Rate to CAD}, {@code Taux vers USD}, {@code Montant en EUR}); null when it says none.
     */
    public static String currencyIn(String header) {
        if (header == null) {
            return null;
        }
        java.util.regex.Matcher bracketed = BRACKETED.matcher(header);
        while (bracketed.find()) {
            String inside = normalise(bracketed.group());
            if (CURRENCIES.contains(inside)) {
                return inside.toUpperCase(Locale.ROOT);
            }
        }
        String words = normalise(header);
        int space = words.lastIndexOf(' ');
        String last = words.substring(space + 1);
        return space > 0 && CURRENCIES.contains(last) ? last.toUpperCase(Locale.ROOT) : null;
    }

    /** Every field's phrases for a kind, in order (the vocabulary docs/headers.md lists). */
    public static Map<Field, List<String>> vocabulary(InputKind kind) {
        Map<Field, List<String>> out = new java.util.LinkedHashMap<>();
        ALIASES.get(kind).forEach(column -> out.put(column.field, column.aliases));
        return out;
    }

    /** What a kind requires, each entry one field or its alternatives. */
    public static List<List<Field>> required(InputKind kind) {
        return REQUIRED.get(kind);
    }

    private static Column col(Field field, String... aliases) {
        return new Column(field, List.of(aliases), java.util.Arrays.stream(aliases).map(HeaderSchema::key).toList());
    }
}
