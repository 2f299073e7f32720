package cn.gkgateway.organisation;

import java.util.Arrays;
import java.util.Optional;

public enum OrganisationKind {
    /** 工考办: district, city or province exam office. */
    EXAM_OFFICE("工考办"),
    /** 主管部门: parent department of units. */
    DEPARTMENT("主管部门"),
    /** 单位: an agency or institution that employs workers. */
    UNIT("单位");

    private final String displayName;

    OrganisationKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The kind whose Chinese name is {@code text} (as typed in an import file), if any. */
    public static Optional<OrganisationKind> fromDisplayName(String text) {
        return Arrays.stream(values()).filter(kind -> kind.displayName.equals(text)).findFirst();
    }
}
