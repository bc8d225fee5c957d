package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.Field;
import dev.toolspend.ingest.header.HeaderMatch;
import dev.toolspend.ingest.header.M365Columns;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.SkippedRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.Message;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.UsageRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.toolspend.ingest.header.Field.DELETED;

/**
 * The Microsoft 365 admin center's active-user detail ({@code User Principal Name, Display Name,
 * Is Deleted, Has Exchange License, … Exchange Last Activity Date, … Exchange License Assign Date…}):
 * one row per user, one column pair per product. Each product the user has a license of gives one seat
 * of that product's catalog tool, active on its own date; {@code Is Deleted} true marks the holder
 * departed. The report names products by their short names, so "Exchange" is looked up as
 * "Microsoft Exchange", not as the word "exchange".
 */
final class M365ActiveUserMapper implements RowMapper<UsageRow> {

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

    private final List<M365Columns.Product> products;
    private final int user;

    M365ActiveUserMapper(HeaderMatch header) {
        this.products = M365Columns.products(header.header());
        this.user = header.index(Field.USER);
    }

    /** The name the catalog knows a product by. */
    static String catalogName(String product) {
        String known = CATALOG_NAMES.get(product);
        if (known != null) {
            return known;
        }
        String[] words = product.split(" ", -1);
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
            throw row.invalid(Field.USER, Message.of("value.upnBlank"));
        }
        boolean deleted = Boolean.TRUE.equals(row.optionalBool(DELETED));
        List<UsageRow> seats = new ArrayList<>();
        for (M365Columns.Product product : products) {
            if (!Boolean.TRUE.equals(row.boolAt(product.has()))) {
                continue;
            }
            var lastActive = row.dateAt(product.lastActivity());
            var assigned = row.dateAt(product.assigned());
            seats.add(new UsageRow(row.source(), upn, catalogName(product.name()), null, lastActive,
                    product.lastActivity() >= 0, deleted, assigned));
        }
        if (seats.isEmpty()) {
            throw new SkippedRow(SkipReason.NO_LICENSE);
        }
        return seats;
    }
}
