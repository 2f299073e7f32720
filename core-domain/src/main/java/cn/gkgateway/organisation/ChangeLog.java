package cn.gkgateway.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** "字段：旧 → 新" for each field that changed, joined by "；". */
final class ChangeLog {
    private final List<String> parts = new ArrayList<>();

    ChangeLog add(String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            parts.add(field + "：" + (before == null ? "（空）" : before) + " → " + (after == null ? "（空）" : after));
        }
        return this;
    }

    @Override
    public String toString() {
        return parts.isEmpty() ? "无变化" : String.join("；", parts);
    }
}
