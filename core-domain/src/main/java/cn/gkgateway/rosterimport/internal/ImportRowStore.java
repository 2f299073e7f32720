package cn.gkgateway.rosterimport.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows of imports in {@code roster_import_row}, written and read with plain JDBC so that a
 * 100,000-row file costs batched inserts and chunked look-ups, never one statement per row.
 */
@Component
public class ImportRowStore {

    /** Look-ups send at most this many hashes per statement. */
    public static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    public ImportRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of {@code hashes} are on a roster already or in an accepted row of an import under review. */
    public Set<String> taken(Collection<String> hashes) {
        Set<String> taken = new HashSet<>();
        List<String> all = new ArrayList<>(hashes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = chunk.toArray();
            taken.addAll(jdbc.queryForList("select id_number_hash from worker where id_number_hash in (" + marks + ")", String.class, args));
            taken.addAll(jdbc.queryForList("select r.id_number_hash from roster_import_row r join roster_import i on i.id = r.import_id"
                    + " where i.status = 'SUBMITTED' and r.accepted = true and r.id_number_hash in (" + marks + ")", String.class, args));
        }
        return taken;
    }

    public void insert(long importId, List<StoredRow> rows) {
        jdbc.batchUpdate("""
                insert into roster_import_row (import_id, line_no, accepted, name, id_number_cipher, id_number_hash, id_number_masked,
                  sex, birth_date, phone_cipher, phone_masked, work_type_code, level, level_year, work_start, faults, cells_cipher, establishment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
            ps.setLong(1, importId);
            ps.setInt(2, row.lineNo());
            ps.setBoolean(3, row.accepted());
            ps.setString(4, row.name());
            ps.setString(5, row.idNumberCipher());
            ps.setString(6, row.idNumberHash());
            ps.setString(7, row.idNumberMasked());
            ps.setString(8, row.sex());
            ps.setObject(9, row.birthDate() == null ? null : Date.valueOf(row.birthDate()), Types.DATE);
            ps.setString(10, row.phoneCipher());
            ps.setString(11, row.phoneMasked());
            ps.setString(12, row.workTypeCode());
            ps.setString(13, row.level());
            ps.setObject(14, row.levelYear(), Types.INTEGER);
            ps.setString(15, row.workStart());
            ps.setString(16, row.faults());
            ps.setString(17, row.cellsCipher());
            ps.setString(18, row.establishment());
        });
    }

    /** A page of an import's accepted or rejected rows, in file order, as stored (nothing decrypted). */
    public List<StoredRow> rows(long importId, boolean accepted, int offset, int limit) {
        return jdbc.query("select * from roster_import_row where import_id = ? and accepted = ? order by line_no limit ? offset ?",
                (rs, n) -> new StoredRow(rs.getInt("line_no"), rs.getBoolean("accepted"), rs.getString("name"),
                        null, null, rs.getString("id_number_masked"), rs.getString("sex"), null, null,
                        rs.getString("phone_masked"), rs.getString("work_type_code"), rs.getString("level"),
                        (Integer) rs.getObject("level_year", Integer.class), rs.getString("work_start"), rs.getString("establishment"),
                        rs.getString("faults"), rs.getString("cells_cipher")),
                importId, accepted, limit, offset);
    }

    /** Streams the rejected rows' encrypted cells and faults, in file order. */
    public void forEachRejected(long importId, Consumer<StoredRow> each) {
        jdbc.query("select line_no, faults, cells_cipher from roster_import_row where import_id = ? and accepted = false order by line_no",
                rs -> {
                    each.accept(new StoredRow(rs.getInt(1), false, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, rs.getString(2), rs.getString(3)));
                }, importId);
    }

    /** How many accepted rows of the import name a person who is on a roster now. */
    public int alreadyOnRoster(long importId) {
        Integer count = jdbc.queryForObject("select count(*) from roster_import_row r join worker w on w.id_number_hash = r.id_number_hash"
                + " where r.import_id = ? and r.accepted = true", Integer.class, importId);
        return count == null ? 0 : count;
    }

    /**
     * Inserts every accepted row as a worker of {@code unitId} in one statement (so in the caller's
     * transaction, all or none). A month-only work start joins as the first of that month with
     * {@code work_start_month_only} set, so the roster shows it to the month without inventing a day.
     */
    public int joinRoster(long importId, long unitId, String establishment, Instant now) {
        return jdbc.update("""
                insert into worker (unit_id, name, id_number_cipher, id_number_hash, id_number_masked, sex, birth_date,
                  phone_cipher, phone_masked, establishment, work_start_date, work_start_month_only, work_type_code, level, level_year, created_at, version)
                select ?, name, id_number_cipher, id_number_hash, id_number_masked, sex, birth_date, phone_cipher, phone_masked, coalesce(establishment, ?),
                  cast(case when char_length(work_start) = 7 then concat(work_start, '-01') else work_start end as date),
                  char_length(work_start) = 7,
                  work_type_code, level, level_year, ?, 0
                from roster_import_row where import_id = ? and accepted = true order by line_no""",
                unitId, establishment, LocalDateTime.ofInstant(now, ZoneOffset.UTC), importId);
    }
}
