package cn.gkgateway.organisation;

import java.util.ArrayList;
import java.util.List;

/** Names and unified social credit codes identify one organisation each. */
public final class UniquenessPolicy implements OrganisationPolicy {

    static final String RULE = "uniqueness";

    @Override
    public List<OrganisationRejection> check(OrganisationDraft draft, OrganisationDirectory directory) {
        List<OrganisationRejection> rejections = new ArrayList<>();
        directory.byName(draft.name()).filter(other -> !other.getId().equals(draft.id())).ifPresent(other ->
                rejections.add(OrganisationRejection.conflict(RULE, "ORGANISATION_NAME_TAKEN", "name",
                        "名称“" + draft.name() + "”已被其他机构使用，请使用全称或加以区分")));
        if (draft.creditCode() != null) {
            directory.byCreditCode(draft.creditCode()).filter(other -> !other.getId().equals(draft.id())).ifPresent(other ->
                    rejections.add(OrganisationRejection.conflict(RULE, "ORGANISATION_CREDIT_CODE_TAKEN", "creditCode",
                            "统一社会信用代码 " + draft.creditCode() + " 已登记为“" + other.getName() + "”，请核对")));
        }
        return rejections;
    }
}
