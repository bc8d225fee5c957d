package dev.toolspend.ingest;

import dev.toolspend.model.UsageRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.toolspend.ingest.Field.DELETED;

/**
 * The Microsoft 365 admin center's active-user detail ({@code User Principal Name, Display Name,
 * Is Deleted, Has Exchange License, … Exchange Last Activity Date, … Exchange License Assign Date…}):
 * one row per user, one column pair per product. Each product the user has a license of gives one seat
 * of that product's catalog tool, active on its own date; {@code Is Deleted} true marks the holder
 * departed. The report names products by their short names, so "Exchange" is looked up as
 * "Microsoft Exchange", not as the word "exchange".
 */
final class M365ActiveUserMapper implements RowMapper<UsageRow> {

    private static final Pattern HAS = Pattern.compile("has (.+) license");
    private static final Pattern LAST = Pattern.compile("(.+) last activity date");
    private static final Pattern ASSIGNED = Pattern.compile("(.+) license assign date");
    /** The report's product names that the catalog knows under another name. */
    private static final Map<String, String> CATALOG_NAMES = Map.of(
            "exchange", "Microsoft Exchange",
            "onedrive", "Microsoft OneDrive",
            "sharepoint", "Microsoft SharePoint",
            "teams", "Microsoft Teams",
            "yammer", "Viva Engage",
            "skype for business", "Skype for Business",
            "copilot", "Microsoft 365 Copilot",
            "microsoft 365 apps", "Microsoft 365");

    record Product(String name, int has, int lastActivity, int assigned) {
    }

    private final List<Product> products;
    private final int user;

    M365ActiveUserMapper(HeaderMatch header) {
        this.products = products(header.header());
        this.user = header.index(Field.USER);
    }

    static List<Product> products(List<String> header) {
        List<String> names = header.stream().map(HeaderSchema::normalise).toList();
        List<Product> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Matcher has = HAS.matcher(names.get(i));
            if (has.matches()) {
                String product = has.group(1);
                out.add(new Product(product, i, names.indexOf(product + " last activity date"),
                        names.indexOf(product + " license assign date")));
            }
        }
        return out;
    }

    /** The product date columns, whose day/month order is settled like any date column's. */
    static List<Integer> dateColumns(List<String> header) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = HeaderSchema.normalise(header.get(i));
            if (LAST.matcher(name).matches() || ASSIGNED.matcher(name).matches()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The name the catalog knows a product by. */
    static String catalogName(String product) {
        String known = CATALOG_NAMES.get(product);
        if (known != null) {
            return known;
        }
        String[] words = product.split(" ");
        StringBuilder name = new StringBuilder(product.startsWith("microsoft") ? "" : "Microsoft");
        for (String word : words) {
            name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    @Override
    public List<UsageRow> map(RowValues row) throws ValueException, SkippedRow {
        String upn = row.textAt(user);
        if (upn == null) {
            throw row.invalid(Field.USER, "the user principal name is blank");
        }
        boolean deleted = Boolean.TRUE.equals(row.optionalBool(DELETED));
        List<UsageRow> seats = new ArrayList<>();
        for (Product product : products) {
            if (!Boolean.TRUE.equals(row.boolAt(product.has))) {
                continue;
            }
            var lastActive = row.dateAt(product.lastActivity);
            var assigned = row.dateAt(product.assigned);
            seats.add(new UsageRow(row.source(), upn, catalogName(product.name), null, lastActive,
                    product.lastActivity >= 0, deleted, assigned));
        }
        if (seats.isEmpty()) {
            throw new SkippedRow(SkipReason.NO_LICENSE);
        }
        return seats;
    }
}
