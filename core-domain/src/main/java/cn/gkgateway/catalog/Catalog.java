package cn.gkgateway.catalog;

import cn.gkgateway.catalog.internal.PinyinKeys;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The work-type catalog: look-up by code, search by name or pinyin, and which work types a
 * year opens at which level. The catalog is small and changes rarely, so it is held in
 * memory once loaded; {@link #reload()} refreshes it after the catalog tables change.
 */
@Service
public class Catalog {

    private final WorkTypes workTypes;
    private final WorkTypeScopes scopes;
    private volatile Map<String, Indexed> byCode;
    private final Map<Integer, Map<LevelGroup, Set<String>>> openByYear = new ConcurrentHashMap<>();

    public Catalog(WorkTypes workTypes, WorkTypeScopes scopes) {
        this.workTypes = workTypes;
        this.scopes = scopes;
    }

    public Optional<WorkType> find(String code) {
        return Optional.ofNullable(index().get(code)).map(Indexed::workType);
    }

    /** The active (not retired) work type that declarations use today for this code. */
    public Optional<WorkType> current(String code) {
        Optional<WorkType> found = find(code);
        while (found.isPresent() && found.get().isRetired() && found.get().getSuccessorCode() != null) {
            found = find(found.get().getSuccessorCode());
        }
        return found.filter(type -> !type.isRetired());
    }

    public boolean isOpen(int year, Level level, String workTypeCode) {
        return level.group() != null && openCodes(year, level.group()).contains(workTypeCode);
    }

    /**
     * Work types whose name, pinyin initials or full pinyin match {@code query}; with a year and
     * a level only those open at that level that year. Retired work types are never offered.
     */
    public List<CatalogEntry> search(String query, Integer year, Level level) {
        String lower = query == null ? "" : query.strip().toLowerCase();
        Set<String> open = year != null && level != null && level.group() != null ? openCodes(year, level.group()) : null;
        return index().values().stream()
                .filter(entry -> !entry.workType().isRetired())
                .filter(entry -> open == null || open.contains(entry.workType().getCode()))
                .filter(entry -> lower.isEmpty() || entry.workType().getName().contains(lower) || entry.keys().matches(lower))
                .sorted(Comparator.comparing((Indexed entry) -> entry.workType().getCode()))
                .map(entry -> new CatalogEntry(entry.workType().getCode(), entry.workType().getName(),
                        entry.workType().getCategory(), entry.keys().initials()))
                .toList();
    }

    public void reload() {
        byCode = null;
        openByYear.clear();
    }

    private Set<String> openCodes(int year, LevelGroup group) {
        return openByYear.computeIfAbsent(year, this::loadYear).getOrDefault(group, Set.of());
    }

    private Map<LevelGroup, Set<String>> loadYear(int year) {
        return scopes.findByYear(year).stream().collect(Collectors.groupingBy(WorkTypeScope::getLevelGroup,
                Collectors.mapping(WorkTypeScope::getWorkTypeCode, Collectors.toUnmodifiableSet())));
    }

    private Map<String, Indexed> index() {
        Map<String, Indexed> current = byCode;
        if (current == null) {
            current = workTypes.findAll().stream()
                    .map(type -> new Indexed(type, PinyinKeys.of(type.getName())))
                    .collect(Collectors.toUnmodifiableMap(entry -> entry.workType().getCode(), Function.identity()));
            byCode = current;
        }
        return current;
    }

    private record Indexed(WorkType workType, PinyinKeys keys) {
    }
}
