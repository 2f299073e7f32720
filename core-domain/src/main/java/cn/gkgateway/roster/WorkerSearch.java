package cn.gkgateway.roster;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Scope;
import cn.gkgateway.organisation.ScopePolicy;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds roster lines for the list and the export with one set of filters, always within the
 * caller's scope (a unit its own workers, a department its units', an exam office its region's,
 * the administrator all). Plain SQL so that an export streams rows without loading entities.
 */
@Service
public class WorkerSearch {

    private static final int MAX_NAME = 30;
    private static final int STREAM_FETCH = 1000;

    private static final String FROM = " " + """
            FROM worker w JOIN organisation o ON o.id = w.unit_id LEFT JOIN work_type t ON t.code = w.work_type_code
            WHERE (? OR w.unit_id = ? OR o.supervisor_id = ? OR o.region_code LIKE ?)""";
    private static final String COLUMNS = """
            SELECT w.id, w.unit_id, o.name, w.name, w.id_number_masked, w.id_number_cipher, w.sex, w.birth_date,
                   w.phone_masked, w.phone_cipher, w.establishment, w.work_start_date, w.work_type_code, t.name,
                   w.level, w.level_year, w.status, w.work_start_month_only""";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final ScopePolicy scopePolicy;
    private final PersonalDataProtector protector;
    private final Clock clock;

    public WorkerSearch(DataSource dataSource, ScopePolicy scopePolicy, PersonalDataProtector protector, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(STREAM_FETCH);
        this.scopePolicy = scopePolicy;
        this.protector = protector;
        this.clock = clock;
    }

    /** One page of matching lines, sorted as asked (then by id, so pages do not overlap). */
    @Transactional(readOnly = true)
    public Page<WorkerRow> page(Caller caller, WorkerQuery query, int page, int size) {
        Condition condition = condition(caller, query);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + condition.sql, Long.class, condition.params.toArray());
        List<Object> params = new ArrayList<>(condition.params);
        params.add(size);
        params.add((long) page * size);
        List<WorkerRow> rows = jdbc.query(COLUMNS + condition.sql + orderBy(query) + " LIMIT ? OFFSET ?", ROW, params.toArray());
        return new PageImpl<>(rows, PageRequest.of(page, size), total == null ? 0 : total);
    }

    /** How many lines match: the size of an export before it starts. */
    @Transactional(readOnly = true)
    public long count(Caller caller, WorkerQuery query) {
        Condition condition = condition(caller, query);
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + condition.sql, Long.class, condition.params.toArray());
        return total == null ? 0 : total;
    }

    /** Hands every matching line to {@code sink} in order, streaming from the database. */
    @Transactional(readOnly = true)
    public void forEach(Caller caller, WorkerQuery query, Consumer<WorkerRow> sink) {
        Condition condition = condition(caller, query);
        streaming.query(COLUMNS + condition.sql + orderBy(query), rs -> {
            sink.accept(ROW.mapRow(rs, 0));
        }, condition.params.toArray());
    }

    private Condition condition(Caller caller, WorkerQuery query) {
        caller.require(Role.UNIT_OPERATOR, Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN);
        Scope scope = scopePolicy.unitsVisibleTo(caller);
        StringBuilder sql = new StringBuilder(FROM);
        List<Object> params = new ArrayList<>(List.of(scope.all(), scope.unitIdOrNone(), scope.supervisorIdOrNone(),
                scope.regionPrefixOrNone() + "%"));
        String name = query.name() == null ? "" : Text.strip(query.name());
        if (name.length() > MAX_NAME) {
            throw DomainException.invalid("SEARCH_TOO_LONG", "name", "查询姓名不能超过" + MAX_NAME + "个字");
        }
        if (!name.isEmpty()) {
            sql.append(" AND w.name LIKE ? ESCAPE '!'");
            params.add(Text.likeContains(name));
        }
        if (query.idNumber() != null && !Text.compact(query.idNumber()).isEmpty()) {
            IdNumber idNumber = IdNumber.parse(query.idNumber(), "idNumber", LocalDate.now(clock));
            sql.append(" AND w.id_number_hash = ?");
            params.add(protector.hash(idNumber.value()));
        }
        if (query.workTypeCode() != null && !query.workTypeCode().isBlank()) {
            sql.append(" AND w.work_type_code = ?");
            params.add(Text.compact(query.workTypeCode()));
        }
        if (query.level() != null) {
            sql.append(" AND w.level = ?");
            params.add(query.level().name());
        }
        if (query.unitId() != null) {
            sql.append(" AND w.unit_id = ?");
            params.add(query.unitId());
        }
        if (query.status() != null) {
            sql.append(" AND w.status = ?");
            params.add(query.status().name());
        }
        return new Condition(sql.toString(), params);
    }

    private static String orderBy(WorkerQuery query) {
        WorkerSort sort = query.sort() == null ? WorkerSort.ID : query.sort();
        String direction = query.descending() ? " DESC" : " ASC";
        return " ORDER BY " + sort.expression() + direction + (sort == WorkerSort.ID ? "" : ", w.id" + direction);
    }

    private record Condition(String sql, List<Object> params) {
    }

    private static final RowMapper<WorkerRow> ROW = (ResultSet rs, int i) -> new WorkerRow(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), date(rs, 8),
            rs.getString(9), rs.getString(10), Establishment.valueOf(rs.getString(11)), date(rs, 12), rs.getString(13),
            rs.getString(14), Level.valueOf(rs.getString(15)), (Integer) rs.getObject(16, Integer.class),
            WorkerStatus.valueOf(rs.getString(17)), rs.getBoolean(18));

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
