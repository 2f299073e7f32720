package cn.gkgateway.accounts;

import cn.gkgateway.identity.PasswordPolicy;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountScopeTest {

    @Test
    void eachRoleFitsItsKindOfOrganisation() {
        assertThat(AccountScope.fits(Role.UNIT_OPERATOR, OrganisationKind.UNIT)).isTrue();
        assertThat(AccountScope.fits(Role.SUPERVISOR, OrganisationKind.DEPARTMENT)).isTrue();
        assertThat(AccountScope.fits(Role.EXAM_OFFICE, OrganisationKind.EXAM_OFFICE)).isTrue();
        assertThat(AccountScope.fits(Role.ADMIN, OrganisationKind.EXAM_OFFICE)).isTrue();
    }

    @Test
    void noOtherCombinationFits() {
        assertThat(AccountScope.fits(Role.UNIT_OPERATOR, OrganisationKind.DEPARTMENT)).isFalse();
        assertThat(AccountScope.fits(Role.SUPERVISOR, OrganisationKind.UNIT)).isFalse();
        assertThat(AccountScope.fits(Role.EXAM_OFFICE, OrganisationKind.UNIT)).isFalse();
        assertThat(AccountScope.fits(Role.ADMIN, OrganisationKind.UNIT)).isFalse();
        for (OrganisationKind kind : OrganisationKind.values()) {
            assertThat(AccountScope.fits(Role.APPLICANT, kind)).isFalse();
        }
    }

    @Test
    void temporaryPasswordsMeetTheRules() {
        for (int i = 0; i < 100; i++) {
            PasswordPolicy.check("someone", TemporaryPasswords.generate(), "password");
        }
    }
}
