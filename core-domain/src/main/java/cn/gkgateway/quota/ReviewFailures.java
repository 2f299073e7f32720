package cn.gkgateway.quota;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Scope;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.organisation.ScopedPersonSearch;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The list of recorded 省综合评审未通过 (re-applicants who take no 高级技师 quota place), for the exam office: a record is
 * kept by the person's ID-number hash and shown with the roster line that person is on now, within the caller's scope.
 */
@Service
public class ReviewFailures {

    public record ReviewFailure(long id, long workerId, String workerName, String idNumberMasked, long unitId, String unitName,
                                int reviewYear, Instant recordedAt) {
    }

    /** The list's filters; each may be empty. */
    public record Query(String name, String idNumber, Integer reviewYear) {
    }

    private static final String COLUMNS = "SELECT f.id, w.id, w.name, w.id_number_masked, w.unit_id, o.name, f.review_year, f.created_at";
    private static final String FROM = " FROM senior_review_failure f JOIN worker w ON w.id_number_hash = f.person_id_hash"
            + " JOIN organisation o ON o.id = w.unit_id WHERE " + Scope.sqlCondition("w.unit_id", "o");
    private static final RowMapper<ReviewFailure> ROW = (rs, i) -> new ReviewFailure(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant());

    private final JdbcTemplate jdbc;
    private final ScopePolicy scopePolicy;
    private final PersonalDataProtector protector;
    private final Clock clock;

    public ReviewFailures(JdbcTemplate jdbc, ScopePolicy scopePolicy, PersonalDataProtector protector, Clock clock) {
        this.jdbc = jdbc;
        this.scopePolicy = scopePolicy;
        this.protector = protector;
        this.clock = clock;
    }

    /** One page, the latest review year first. */
    @Transactional(readOnly = true)
    public Page<ReviewFailure> page(Caller caller, Query query, int page, int size) {
        caller.require(Role.EXAM_OFFICE, Role.ADMIN);
        ScopedPersonSearch search = new ScopedPersonSearch(FROM, scopePolicy.unitsVisibleTo(caller))
                .nameContains("w.name", query.name())
                .idNumber("f.person_id_hash", query.idNumber(), protector, LocalDate.now(clock));
        if (query.reviewYear() != null) {
            search.and("f.review_year = ?", query.reviewYear());
        }
        return search.page(jdbc, COLUMNS, "f.review_year DESC, f.id DESC", ROW, page, size);
    }
}
