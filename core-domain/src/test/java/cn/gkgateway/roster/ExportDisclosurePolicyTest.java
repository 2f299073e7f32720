package cn.gkgateway.roster;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportDisclosurePolicyTest {

    @Test
    void onlyTheOperatorOfTheWorkersOwnUnitGetsFullPersonalData() {
        assertThat(ExportDisclosurePolicy.fullPersonalData(caller(Role.UNIT_OPERATOR, 7L), 7)).isTrue();
        assertThat(ExportDisclosurePolicy.fullPersonalData(caller(Role.UNIT_OPERATOR, 8L), 7)).isFalse();
        for (Role role : new Role[] {Role.SUPERVISOR, Role.EXAM_OFFICE, Role.ADMIN}) {
            assertThat(ExportDisclosurePolicy.fullPersonalData(caller(role, 7L), 7)).as(role.name()).isFalse();
        }
        assertThat(ExportDisclosurePolicy.fullPersonalData(caller(Role.UNIT_OPERATOR, null), 7)).isFalse();
    }

    private static Caller caller(Role role, Long organisationId) {
        return new Caller(1, "u", "用户", role, organisationId);
    }
}
