package cn.gkgateway.rosterimport;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.shared.Text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names units write for a level: 初级工/中级工/高级工/技师/高级技师/未定级, the 五级…一级 forms,
 * and the combined names the template's dropdown offers (五级/初级工 …).
 */
public final class LevelNames {

    private static final Map<String, Level> NAMES = new HashMap<>();

    static {
        put(Level.NONE, "未定级", "无");
        put(Level.JUNIOR, "初级工", "五级", "初级");
        put(Level.INTERMEDIATE, "中级工", "四级", "中级");
        put(Level.SENIOR, "高级工", "三级");
        put(Level.TECHNICIAN, "技师", "二级");
        put(Level.SENIOR_TECHNICIAN, "高级技师", "一级");
        for (Level level : Level.values()) {
            NAMES.put(level.displayName(), level);
        }
    }

    private LevelNames() {
    }

    private static void put(Level level, String... names) {
        for (String name : names) {
            NAMES.put(name, level);
        }
    }

    /** The level a cell names, after removing all whitespace and normalising full-width characters. */
    public static Optional<Level> parse(String raw) {
        String key = Text.compact(raw).replace('（', '(').replace('）', ')').replace("(", "/").replace(")", "");
        return Optional.ofNullable(NAMES.get(key));
    }

    /** What the template's dropdown offers, in order. */
    public static String[] dropdown() {
        String[] names = new String[Level.values().length];
        for (Level level : Level.values()) {
            names[level.ordinal()] = level.displayName();
        }
        return names;
    }
}
