package cn.gkgateway.security;

import cn.gkgateway.identity.Caller;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/** A request authenticated by a valid token of an open session: the caller, the session and whether a password change is due. */
public class GatewayAuthentication extends JwtAuthenticationToken {

    private final transient Caller caller;
    private final String sessionId;
    private final boolean mustChangePassword;

    GatewayAuthentication(Jwt jwt, Caller caller, String sessionId, boolean mustChangePassword) {
        super(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())), caller.username());
        this.caller = caller;
        this.sessionId = sessionId;
        this.mustChangePassword = mustChangePassword;
    }

    public Caller caller() {
        return caller;
    }

    public String sessionId() {
        return sessionId;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
