package cn.gkgateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * While an account must change its password (first administrator, after a reset), every API call
 * but changing it, reading who is signed in and logging out answers 403 PASSWORD_CHANGE_REQUIRED.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("/api/auth/password", "/api/me", "/api/auth/logout");

    private final ErrorWriter errors;

    PasswordChangeGate(ErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof GatewayAuthentication authentication
                && authentication.mustChangePassword()
                && request.getRequestURI().startsWith("/api/")
                && !ALLOWED.contains(request.getRequestURI())) {
            errors.write(response, HttpServletResponse.SC_FORBIDDEN, "PASSWORD_CHANGE_REQUIRED", "请先修改初始密码后再使用系统");
            return;
        }
        chain.doFilter(request, response);
    }
}
