package dev.toolspend.ingest;

import dev.toolspend.model.InputKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.toolspend.ingest.Field.*;

/**
 * The header aliases of every input kind, in one place: a file or sheet is recognised by its header
 * row, in English or French, any case, accents, spacing or punctuation. To accept a new export, add
 * its column names here.
 */
public final class HeaderSchema {

    private record Column(Field field, List<String> aliases) {
    }

    private record Kind(InputKind kind, List<Column> columns, List<Set<Field>> required) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(InputKind.BILLING, List.of(
                    col(DATE, "date", "transaction date", "posted date", "posting date", "charge date", "invoice date",
                            "date de transaction", "date de l operation", "date d operation", "date de facture"),
                    col(VENDOR, "vendor", "merchant", "merchant name", "payee", "supplier", "fournisseur", "marchand",
                            "commercant", "beneficiaire"),
                    col(DESCRIPTION, "description", "memo", "details", "libelle", "item description"),
                    col(AMOUNT, "amount", "montant", "total", "charge amount", "amount cad", "amount usd"),
                    col(CURRENCY, "currency", "devise", "currency code", "monnaie"),
                    col(DEPARTMENT, "department", "departement", "service", "cost center", "centre de couts")),
                    List.of(Set.of(DATE), Set.of(AMOUNT), Set.of(VENDOR, DESCRIPTION))),
            new Kind(InputKind.LICENSES, List.of(
                    col(TOOL, "tool", "software", "application", "product", "outil", "logiciel", "produit"),
                    col(PLAN, "plan", "edition", "forfait"),
                    col(SEATS, "seats", "licenses", "licences", "quantity", "sieges", "nombre de licences", "quantite"),
                    col(PRICE, "price per seat", "unit price", "price", "prix par licence", "prix par siege", "prix unitaire"),
                    col(CYCLE, "billing cycle", "cycle", "billing frequency", "frequency", "cycle de facturation",
                            "frequence de facturation"),
                    col(CURRENCY, "currency", "devise", "monnaie"),
                    col(RENEWAL, "renewal date", "renews on", "renewal", "date de renouvellement", "renouvellement"),
                    col(NOTICE, "notice period days", "notice period", "notice days", "notice", "preavis jours",
                            "preavis", "delai de preavis jours"),
                    col(OWNER, "owner", "responsable", "proprietaire"),
                    col(DEPARTMENT, "department", "departement", "service"),
                    col(CATEGORY, "category", "categorie"),
                    col(INACTIVE_AFTER, "inactive after days", "inactive after", "inactif apres jours", "inactif apres"),
                    col(EXEMPT, "exempt", "exempte", "exemption"),
                    col(AUTO_RENEW, "auto renew", "auto renewal", "renouvellement automatique")),
                    List.of(Set.of(TOOL), Set.of(SEATS), Set.of(PRICE))),
            new Kind(InputKind.USAGE, List.of(
                    col(USER, "user", "email", "e mail", "login", "username", "user email", "utilisateur", "courriel"),
                    col(TOOL, "tool", "app", "application", "app name", "outil"),
                    col(LAST_ACTIVE, "last active", "last activity", "last activity date", "last login", "last seen",
                            "derniere activite", "derniere connexion"),
                    col(STATUS, "status", "statut", "etat"),
                    col(ASSIGNED, "assigned on", "assigned", "assignment date", "date assigned", "attribue le")),
                    List.of(Set.of(USER), Set.of(TOOL), Set.of(LAST_ACTIVE))),
            new Kind(InputKind.FX, List.of(
                    col(CURRENCY, "currency", "devise", "monnaie"),
                    col(RATE, "rate", "fx rate", "exchange rate", "taux", "taux de change")),
                    List.of(Set.of(CURRENCY), Set.of(RATE))),
            new Kind(InputKind.CATALOG, List.of(
                    col(ID, "id", "tool id", "identifiant", "id outil"),
                    col(NAME, "name", "tool name", "nom", "nom de l outil"),
                    col(VENDOR, "vendor", "fournisseur", "editeur"),
                    col(CATEGORY, "category", "categorie"),
                    col(ALIASES, "aliases", "alias", "synonymes", "descripteurs"),
                    col(LIST_PRICE, "list price per seat month", "list price", "prix catalogue par siege mois",
                            "prix catalogue"),
                    col(CURRENCY, "currency", "devise", "monnaie"),
                    col(OVERLAP, "overlap", "chevauchement")),
                    List.of(Set.of(ID), Set.of(ALIASES))));

    private HeaderSchema() {
    }

    /**
     * The kind whose required columns the header has; when several fit, the one that recognises the
     * most columns (then the order billing, licenses, usage, FX).
     */
    public static Optional<HeaderMatch> recognise(List<String> header) {
        HeaderMatch best = null;
        for (Kind kind : KINDS) {
            Map<Field, Integer> found = locate(kind, header);
            boolean complete = kind.required.stream().allMatch(group -> group.stream().anyMatch(found::containsKey));
            if (complete && (best == null || found.size() > best.columns().size())) {
                best = new HeaderMatch(kind.kind, found, List.copyOf(header));
            }
        }
        return Optional.ofNullable(best);
    }

    /** Header text in comparable form: lower case, no accents, words separated by one space. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static Map<Field, Integer> locate(Kind kind, List<String> header) {
        List<String> names = new ArrayList<>();
        header.forEach(h -> names.add(normalise(h)));
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        for (Column column : kind.columns) {
            for (String alias : column.aliases) {
                int index = names.indexOf(alias);
                if (index >= 0 && !found.containsValue(index)) {
                    found.put(column.field, index);
                    break;
                }
            }
        }
        return found;
    }

    private static Column col(Field field, String... aliases) {
        return new Column(field, List.of(aliases));
    }
}
