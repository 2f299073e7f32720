package cn.gkgateway.notification;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.declaration.AuthorKind;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The declarations a batch of events names, with what a notice says of them and their worker: one SELECT for the
 * whole batch (no entities: a consumer composing 500 texts needs eight columns of each), and the variables every
 * notice about a declaration has (name, year, work type, level).
 */
final class NamedDeclarations {

    /** One declaration as its notices name it; {@code workerName} is null when its worker is missing. */
    record Named(long id, int year, String workTypeCode, Level level, long unitId, AuthorKind authorKind, String workerName,
                 String phoneCipher) {
    }

    private final Map<Long, Named> byId;
    private final Catalog catalog;
    private final PersonalDataProtector protector;

    private NamedDeclarations(Map<Long, Named> byId, Catalog catalog, PersonalDataProtector protector) {
        this.byId = byId;
        this.catalog = catalog;
        this.protector = protector;
    }

    static NamedDeclarations read(Collection<Long> ids, JdbcTemplate jdbc, Catalog catalog, PersonalDataProtector protector) {
        Map<Long, Named> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT d.id, d.plan_year, d.work_type_code, d.target_level, d.unit_id, d.author_kind, w.name, w.phone_cipher"
                            + " FROM declaration d LEFT JOIN worker w ON w.id = d.worker_id WHERE d.id IN ("
                            + String.join(",", Collections.nCopies(ids.size(), "?")) + ")",
                    rs -> {
                        byId.put(rs.getLong(1), new Named(rs.getLong(1), rs.getInt(2), rs.getString(3), Level.valueOf(rs.getString(4)),
                                rs.getLong(5), AuthorKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)));
                    }, ids.toArray());
        }
        return new NamedDeclarations(byId, catalog, protector);
    }

    /** The declaration an event names, with its worker; either missing is a fault of the event (retried, then dead-lettered). */
    Named declaration(UUID eventId, long declarationId) {
        Named named = byId.get(declarationId);
        if (named == null) {
            throw new IllegalStateException("declaration " + declarationId + " of event " + eventId + " is missing");
        }
        if (named.workerName() == null) {
            throw new IllegalStateException("the worker of declaration " + declarationId + " of event " + eventId + " is missing");
        }
        return named;
    }

    /** The worker's phone, when the roster has one. */
    Optional<PhoneNumber> phone(Named named) {
        return named.phoneCipher() == null ? Optional.empty()
                : Optional.of(PhoneNumber.parse(protector.decrypt(named.phoneCipher()), "phone"));
    }

    /** name, year, workType and level: what every notice about a declaration names. */
    Map<String, String> params(Named named) {
        Map<String, String> params = new HashMap<>();
        params.put("name", named.workerName());
        params.put("year", String.valueOf(named.year()));
        params.put("workType", catalog.find(named.workTypeCode()).map(WorkType::getName).orElse(named.workTypeCode()));
        params.put("level", named.level().displayName());
        return params;
    }
}
