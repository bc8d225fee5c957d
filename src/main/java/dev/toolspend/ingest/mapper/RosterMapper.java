package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.Message;
import dev.toolspend.model.RosterEntry;

import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A row of the optional HR roster: a person's e-mail with an employment status or an end date. Seat
 * holders the roster says have left are departed (the deprovisioning gap).
 */
final class RosterMapper implements RowMapper<RosterEntry> {

    @Override
    public List<RosterEntry> map(RowValues row) throws ValueException {
        String user = row.required(USER);
        Boolean left = row.text(STATUS) == null ? null : row.parse(STATUS, RosterMapper::left);
        return List.of(new RosterEntry(row.source(), user, left, row.optionalDate(END_DATE), row.text(DEPARTMENT),
                row.text(MANAGER)));
    }

    static boolean left(String status) throws ValueException {
        return switch (HeaderSchema.normalise(status)) {
            case "active", "actif", "active employee", "employed", "current", "en poste", "on leave", "en conge",
                 "leave of absence", "probation", "new hire", "nouvel employe" -> false;
            case "terminated", "left", "departed", "inactive", "resigned", "former", "former employee", "offboarded",
                 "retired", "parti", "termine", "inactif", "depart", "a quitte", "demission", "retraite",
                 "ancien employe" -> true;
            default -> throw new ValueException(Message.of("value.employmentStatus"));
        };
    }
}
