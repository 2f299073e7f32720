package cn.gkgateway.security;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The start-up decisions of the first-administrator bootstrap (the creation itself: AdminBootstrapIT). */
class AdminBootstrapTest {

    private final Accounts accounts = mock(Accounts.class);

    private AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(new AdminBootstrap.Settings(username, password, null), accounts, new BCryptPasswordEncoder(4),
                mock(AuditLog.class), mock(TransactionTemplate.class));
    }

    @Test
    void aPasswordThatBreaksTheRulesStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> bootstrap("chief", "short").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GK_ADMIN_PASSWORD").hasMessageContaining("密码长度须为8至64位");
        assertThatThrownBy(() -> bootstrap("Chief Admin", "Start2026go").run(null))
                .hasMessageContaining("GK_ADMIN_USERNAME").hasMessageContaining("用户名须为");
    }

    @Test
    void nothingIsCreatedWhenAnAdministratorExistsOrNoneIsConfigured() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(true);
        bootstrap("chief", "short").run(null);
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        bootstrap("", "").run(null);
        bootstrap(null, null).run(null);
        verify(accounts, never()).saveAndFlush(any());
    }
}
