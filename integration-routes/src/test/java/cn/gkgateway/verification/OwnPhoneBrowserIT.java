package cn.gkgateway.verification;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 个人设置 → 更换手机号 in the browser (h5-frontend/e2e/phone.mjs): an applicant in the H5 app at
 * 375 px and a unit operator in the console each set a new phone with the code the SMS stand-in
 * received for it; the pages show it masked, the account keeps it.
 */
class OwnPhoneBrowserIT extends GatewayIntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApplicantAndAConsoleAccountSetTheirPhoneInTheBrowser() throws Exception {
        Account applicant = account(Role.APPLICANT);
        String applicantPhone = phone();
        BrowserScripts.run(port, "phone.mjs", Map.of("WHO", "applicant", "USERNAME", applicant.getUsername(), "PASSWORD", PASSWORD,
                "NEW_PHONE", applicantPhone, "SMS_URL", smsGateway.baseUrl()));
        assertThat(accounts.findById(applicant.getId()).orElseThrow().getPhoneHash()).isEqualTo(protector.hash(applicantPhone));

        // both browsers ask from this machine's address: one code a minute per address
        clock.advance(Duration.ofSeconds(61));
        Account operator = account(Role.UNIT_OPERATOR);
        String operatorPhone = phone();
        BrowserScripts.run(port, "phone.mjs", Map.of("WHO", "console", "USERNAME", operator.getUsername(), "PASSWORD", PASSWORD,
                "NEW_PHONE", operatorPhone, "SMS_URL", smsGateway.baseUrl()));
        assertThat(accounts.findById(operator.getId()).orElseThrow().getPhoneHash()).isEqualTo(protector.hash(operatorPhone));
    }

    private Account account(Role role) {
        String username = (role == Role.APPLICANT ? "sjweb" : "opweb") + ThreadLocalRandom.current().nextInt(100000, 999999);
        Long organisation = role == Role.APPLICANT ? null : accounts.findByUsername("danwei").orElseThrow().getOrganisationId();
        return accounts.save(new Account(username, "浏览器测试", passwordEncoder.encode(PASSWORD), role, organisation, null));
    }

    private static String phone() {
        return "166" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
