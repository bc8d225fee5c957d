package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.Message;
import dev.toolspend.model.RosterEntry;

import java.util.List;
import java.util.Set;

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

    /** Statuses of people still employed, as HR systems write them (on leave included: they come back). */
    private static final Set<String> EMPLOYED = Set.of("active", "active employee", "employed", "current", "on leave",
            "leave of absence", "parental leave", "sick leave", "probation", "new hire", "full time", "part time",
            "temporary", "contractor", "permanent", "actif", "en poste", "en emploi", "en conge", "conge",
            "conge parental", "conge de maternite", "conge de paternite", "conge de maladie", "maladie", "invalidite",
            "en probation", "periode de probation", "nouvel employe", "nouvelle employee", "nouvel embauche",
            "temps plein", "temps partiel", "temporaire", "contractuel", "contractuelle", "permanente", "suspendu",
            "suspendue");
    /** Statuses of people who have left. */
    private static final Set<String> LEFT = Set.of("terminated", "termination", "left", "departed", "inactive",
            "resigned", "resignation", "former", "former employee", "offboarded", "retired", "laid off", "dismissed",
            "fired", "separated", "quit", "deceased", "termine", "terminee", "parti", "partie", "inactif", "depart",
            "depart volontaire", "a quitte", "demission", "demissionnaire", "demissionne", "demissionnee", "retraite",
            "retraitee", "a la retraite", "ancien employe", "ancienne employee", "congedie", "congediee", "licencie",
            "licenciee", "mis a pied", "mise a pied", "fin d emploi", "cessation d emploi", "decede", "decedee");

    static boolean left(String status) throws ValueException {
        // inclusive French writes both genders in one word: terminé·e, parti(e), démission·naire
        String s = HeaderSchema.normalise(status.replaceAll("[·•()]", ""));
        if (LEFT.contains(s)) {
            return true;
        }
        if (EMPLOYED.contains(s)) {
            return false;
        }
        throw new ValueException(Message.of("value.employmentStatus"));
    }
}
