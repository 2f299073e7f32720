package cn.gkgateway.security;

import cn.gkgateway.config.GatewayProperties;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.SessionState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless API security: bearer tokens signed by the gateway, each naming a sign-in session that
 * {@link SessionGuard} checks on every request; no CSRF surface (no cookies). Pages, the sign-in
 * call and health status are public; the API docs only in the local profile (else for ADMIN); all
 * else of /api needs a token. Roles and scopes are enforced again by the domain services. Every
 * response carries a Content-Security-Policy and the usual security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    /** Pages may load scripts, styles, fonts and images only from the gateway; Element Plus and Vant inject inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, SessionGuard guard, Environment environment) throws Exception {
        ErrorWriter errors = new ErrorWriter(json);
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof SessionRejectedException rejected) {
                errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, rejected.verdict().code(), rejected.verdict().message());
            } else {
                errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "AUTH_REQUIRED", "登录已失效或尚未登录，请重新登录");
            }
        };
        // API docs and Swagger UI: public in the local profile only, otherwise for administrators.
        boolean publicApiDocs = environment.acceptsProfiles(Profiles.of("local"));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .authorizeHttpRequests(requests -> requests
                        // an SSE stream's later dispatches (completion, timeout) were authorised when it opened
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/login").permitAll()
                        // 手机扫码上传 (ScanUploadController): the phone has no sign-in; the link's one-time token is the credential
                        .requestMatchers("/api/scan-uploads/**").permitAll()
                        // SMS verification codes and the second factor (SmsCodeController): before any token exists
                        .requestMatchers(HttpMethod.POST, "/api/auth/sms-code", "/api/auth/sms-login", "/api/auth/password-reset",
                                "/api/auth/second-factor", "/api/auth/second-factor/code", "/api/auth/gov/ticket").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
                        .access(publicApiDocs ? (authentication, context) -> new AuthorizationDecision(true)
                                : AuthorityAuthorizationManager.hasRole("ADMIN"))
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtToken -> authenticate(jwtToken, guard)))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) ->
                                errors.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "当前账号无权访问")))
                .addFilterAfter(new PasswordChangeGate(errors), AuthorizationFilter.class);
        return http.build();
    }

    /** A signed token is accepted only with a known caller and an open, current session (see {@link SessionGuard}). */
    private static GatewayAuthentication authenticate(Jwt jwt, SessionGuard guard) {
        Caller caller = TokenService.callerOf(jwt);
        TokenService.SessionClaims claims = TokenService.sessionOf(jwt);
        SessionState state = guard.check(caller.accountId(), claims);
        return new GatewayAuthentication(jwt, caller, claims.sessionId(), state.mustChangePassword());
    }

    @Bean
    JwtEncoder jwtEncoder(GatewayProperties properties) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(key(properties)));
    }

    @Bean
    JwtDecoder jwtDecoder(GatewayProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties)).macAlgorithm(MacAlgorithm.HS256).build();
        // expiry is judged by the gateway's one clock, the same that stamped the token
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(TokenService.ISSUER));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, 20_000, Duration.ofMinutes(10));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    private static SecretKey key(GatewayProperties properties) {
        byte[] secret = properties.security().tokenSecret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("gk.security.token-secret must be at least 32 bytes");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
