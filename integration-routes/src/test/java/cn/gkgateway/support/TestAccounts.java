package cn.gkgateway.support;

import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts of their own for tests that lock, disable or change them, so that the shared demo accounts stay usable. */
@Component
public class TestAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));

    private final Accounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;

    public TestAccounts(Accounts accounts, Organisations organisations, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
    }

    /** A new unit operator of 扬州市江都区水利工程管理处 with the demo password; answers its username. */
    public String unitOperator() {
        long unit = organisations.findByName("扬州市江都区水利工程管理处").orElseThrow().getId();
        return create(Role.UNIT_OPERATOR, unit);
    }

    public String create(Role role, Long organisationId) {
        String username = "t" + role.name().toLowerCase().charAt(0) + "_" + SEQUENCE.incrementAndGet() + "_" + System.nanoTime() % 1000;
        accounts.save(new Account(username, "测试账号", passwordEncoder.encode(GatewayIntegrationTest.PASSWORD), role, organisationId, null));
        return username;
    }

    public Account byUsername(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    /** A claim of a token, read without checking its signature. */
    public static JsonNode claims(String token) {
        try {
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
