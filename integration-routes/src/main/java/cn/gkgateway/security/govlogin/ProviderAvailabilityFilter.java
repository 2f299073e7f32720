package cn.gkgateway.security.govlogin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Before the browser is sent to the provider: when no provider is configured, or its discovery
 * fails or is too slow, the person gets the Chinese page that says what to do instead of an error.
 */
class ProviderAvailabilityFilter extends OncePerRequestFilter {

    private final GovProviderRegistrations registrations;

    ProviderAvailabilityFilter(GovProviderRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!registrations.configured()) {
            response.sendRedirect(GovLoginPages.PATH + "?reason=" + GovLoginPages.Reason.NOT_CONFIGURED);
            return;
        }
        if (registrations.findByRegistrationId(GovLoginConfiguration.REGISTRATION_ID) == null) {
            response.sendRedirect(GovLoginPages.PATH + "?reason=" + GovLoginPages.Reason.UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
