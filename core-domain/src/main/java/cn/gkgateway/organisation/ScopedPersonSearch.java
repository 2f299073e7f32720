package cn.gkgateway.organisation;

import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of rows about persons in the units a caller may see, searched by name (at most 30 characters,
 * {@code SEARCH_TOO_LONG}) and by ID number (matched by its hash; a malformed one is refused), plus any
 * further conditions. Start from a FROM clause that ends in a {@link Scope#sqlCondition} of the scope given.
 */
public final class ScopedPersonSearch {

    private final StringBuilder sql;
    private final List<Object> params;

    public ScopedPersonSearch(String fromWhereScope, Scope scope) {
        this.sql = new StringBuilder(fromWhereScope);
        this.params = new ArrayList<>(scope.sqlParameters());
    }

    /** Names containing {@code name} (blank: any). */
    public ScopedPersonSearch nameContains(String nameColumn, String name) {
        String text = name == null ? "" : Text.strip(name);
        if (text.length() > 30) {
            throw DomainException.invalid("SEARCH_TOO_LONG", "name", "查询姓名不能超过30个字");
        }
        if (!text.isEmpty()) {
            sql.append(" AND ").append(nameColumn).append(" LIKE ? ESCAPE '!'");
            params.add(Text.likeContains(text));
        }
        return this;
    }

    /** The person of this ID number (blank: any), compared by {@code protector}'s hash. */
    public ScopedPersonSearch idNumber(String hashColumn, String idNumber, PersonalDataProtector protector, java.time.LocalDate today) {
        if (idNumber != null && !Text.compact(idNumber).isEmpty()) {
            sql.append(" AND ").append(hashColumn).append(" = ?");
            params.add(protector.hash(IdNumber.parse(idNumber, "idNumber", today).value()));
        }
        return this;
    }

    /** A further condition with its parameters. */
    public ScopedPersonSearch and(String condition, Object... parameters) {
        sql.append(" AND ").append(condition);
        params.addAll(List.of(parameters));
        return this;
    }

    public <T> Page<T> page(JdbcTemplate jdbc, String selectColumns, String orderBy, RowMapper<T> row, int page, int size) {
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + sql, Long.class, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<T> rows = jdbc.query(selectColumns + sql + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?", row, paged.toArray());
        return new PageImpl<>(rows, PageRequest.of(page, size), total == null ? 0 : total);
    }
}
