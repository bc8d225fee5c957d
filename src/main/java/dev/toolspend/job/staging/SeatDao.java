package dev.toolspend.job.staging;

import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * TS_SEAT: each usage table's seat holders, one per tool and user, packed as text ({@link SeatText}) a few
 * thousand to a row.
 */
@Component
public class SeatDao extends StagingDao {

    public SeatDao(JdbcTemplate jdbc, StagingSchema schema) {
        super(jdbc, schema);
    }

    /**
     * Characters per staged part: half of HOLDERS VARCHAR(2000000), so that a part never overflows it (each
     * holder's line is bounded, its fields clipped) and TOOL_IDS (at most the part's length) fits too.
     */
    static final int PART_CHARS = 1_000_000;

    /**
     * The seat holders of one table (all from its file), one per tool and user: packed as text, parts of up to
     * {@link #PART_CHARS} characters, so a large table is staged in a few inserts instead of one per holder.
     * A part is cut by the length of its text, not by a count of holders: user names of hundreds of characters
     * (a directory's distinguished names) fit as well as e-mail addresses.
     */
    public void insert(long instance, int seq, List<SeatHolder> holders) {
        List<Object[]> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        Set<String> toolIds = new TreeSet<>();
        SourceRef first = null;
        for (SeatHolder holder : holders) {
            line.setLength(0);
            SeatText.encode(line, holder);
            if (text.length() + line.length() > PART_CHARS && !text.isEmpty()) {
                parts.add(part(instance, seq, parts.size(), first, toolIds, text));
                text.setLength(0);
                toolIds.clear();
                first = null;
            }
            first = first == null ? holder.source() : first;
            toolIds.add(SeatText.clipped(holder).toolId());
            text.append(line);
        }
        if (!text.isEmpty()) {
            parts.add(part(instance, seq, parts.size(), first, toolIds, text));
        }
        jdbc.batchUpdate("INSERT INTO TS_SEAT (INSTANCE_ID, SEQ, PART, PATH, SHEET, TOOL_IDS, HOLDERS)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", parts);
    }

    private static Object[] part(long instance, int seq, int part, SourceRef first, Set<String> toolIds,
                                 CharSequence text) {
        return new Object[]{instance, seq, part, staged(first.file()), staged(first.sheet()),
                staged(String.join("|", toolIds)), text.toString()};
    }

    /**
     * Every seat holder, one per tool and user, sorted by tool and user: each part is merged in as it is
     * decoded, in table order (the first table names the tool), so memory holds one entry per seat however
     * many tables report it, and the result does not depend on how the rows were staged.
     */
    public List<SeatHolder> load(long instance) {
        Map<SeatHolder.Seat, SeatHolder> merged = new HashMap<>();
        jdbc.query("SELECT PATH, SHEET, HOLDERS FROM TS_SEAT WHERE INSTANCE_ID = ? ORDER BY SEQ, PART",
                rs -> {
                    for (SeatHolder holder : SeatText.decode(rs.getString(3), text(rs, 1), text(rs, 2))) {
                        merged.merge(holder.seat(), holder, SeatHolder::merge);
                    }
                }, instance);
        List<SeatHolder> sorted = new ArrayList<>(merged.values());
        sorted.sort(SeatHolder.BY_SEAT);
        return sorted;
    }

    /** The tools the usage exports name. */
    public Set<String> toolIds(long instance) {
        Set<String> named = new TreeSet<>();
        jdbc.queryForList("SELECT TOOL_IDS FROM TS_SEAT WHERE INSTANCE_ID = ?", String.class, instance)
                .forEach(ids -> named.addAll(Arrays.asList(text(ids).split("\\|"))));
        named.remove("");
        return named;
    }
}
