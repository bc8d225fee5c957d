package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.Field;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.Message;
import dev.toolspend.model.UserCatalogEntry;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static dev.toolspend.ingest.header.Field.*;

/** A user-catalog row: {@code id,name,vendor,category,aliases[,list price,currency,overlap]}, aliases separated by |. */
final class CatalogMapper implements RowMapper<UserCatalogEntry> {

    private static final Pattern ID_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public List<UserCatalogEntry> map(RowValues row) throws ValueException {
        String id = row.required(Field.ID);
        if (!ID_FORM.matcher(id).matches()) {
            throw row.invalid(Field.ID, Message.of("value.catalogId"));
        }
        String aliases = row.text(ALIASES);
        List<String> list = aliases == null ? List.of()
                : Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return List.of(new UserCatalogEntry(row.source(), id, row.text(NAME), row.text(VENDOR), row.text(CATEGORY),
                list, row.text(LIST_PRICE) == null ? null : row.nonNegative(LIST_PRICE), row.optionalCurrency(CURRENCY),
                row.optionalBool(OVERLAP)));
    }
}
