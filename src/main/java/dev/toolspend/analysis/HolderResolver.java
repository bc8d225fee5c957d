package dev.toolspend.analysis;

import dev.toolspend.model.DataNote;
import dev.toolspend.model.Message;
import dev.toolspend.model.RosterEntry;
import dev.toolspend.model.SeatHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Settles who each seat holder is before the rules count them. Users are e-mail addresses compared
 * case-insensitively (already the holders' key); a login without a domain ({@code jtremblay} in a
 * GitHub export) is the known e-mail address with that local part when exactly one has it, and stays
 * as it is, with a note, when several do. Known addresses are those of every usage source and of the
 * roster. Then the HR roster, when there is one, marks departed the holders it says have left (a
 * leaving status, or an end date on or before the as-of date): the deprovisioning gap. People missing
 * from the roster are left as they are.
 */
final class HolderResolver {

    record Resolution(List<SeatHolder> holders, List<DataNote> notes) {
    }

    private HolderResolver() {
    }

    static Resolution resolve(List<SeatHolder> holders, List<RosterEntry> roster, LocalDate asOf) {
        List<DataNote> notes = new ArrayList<>();
        Map<String, String> spelling = new TreeMap<>();     // key → the address as a source wrote it
        holders.stream().filter(h -> h.userKey().contains("@")).forEach(h -> spelling.putIfAbsent(h.userKey(), h.user()));
        roster.stream().filter(r -> key(r.user()).contains("@"))          // a roster of logins matches logins as they are
                .forEach(r -> spelling.putIfAbsent(key(r.user()), r.user().trim()));
        Map<String, Set<String>> byLocalPart = new TreeMap<>();
        spelling.keySet().forEach(k -> byLocalPart.computeIfAbsent(k.substring(0, k.indexOf('@')), x -> new TreeSet<>()).add(k));

        Map<String, Boolean> gone = new TreeMap<>();
        for (RosterEntry entry : roster) {
            gone.merge(key(entry.user()), entry.goneBy(asOf), Boolean::logicalAnd);
            if (entry.disagreesBy(asOf)) {
                notes.add(DataNote.ofField(entry.source(), "END_DATE", entry.endDate().toString(),
                        Message.of(entry.goneBy(asOf) ? "note.rosterEndedButActive" : "note.rosterLeftButEndsLater",
                                asOf)));
            }
        }

        Map<SeatHolder.Seat, SeatHolder> merged = new LinkedHashMap<>();
        Set<String> noted = new TreeSet<>();
        for (SeatHolder holder : holders) {
            SeatHolder resolved = holder;
            if (!holder.userKey().contains("@")) {
                Set<String> candidates = byLocalPart.getOrDefault(holder.userKey(), Set.of());
                if (candidates.size() == 1) {
                    String address = candidates.iterator().next();
                    resolved = new SeatHolder(holder.toolId(), holder.toolName(), address, spelling.get(address),
                            holder.lastActive(), holder.activityKnown(), holder.departed(), holder.assignedOn(),
                            holder.source());
                } else if (candidates.size() > 1 && noted.add(holder.userKey())) {
                    notes.add(DataNote.ofField(holder.source(), "USER", holder.user(),
                            Message.of("note.loginAmbiguous", String.join(", ", candidates))));
                }
            }
            if (Boolean.TRUE.equals(gone.get(resolved.userKey())) && !resolved.departed()) {
                resolved = new SeatHolder(resolved.toolId(), resolved.toolName(), resolved.userKey(), resolved.user(),
                        resolved.lastActive(), resolved.activityKnown(), true, resolved.assignedOn(), resolved.source());
            }
            merged.merge(resolved.seat(), resolved, SeatHolder::merge);
        }
        return new Resolution(List.copyOf(merged.values()), notes);
    }

    private static String key(String user) {
        return user.trim().toLowerCase(Locale.ROOT);
    }
}
