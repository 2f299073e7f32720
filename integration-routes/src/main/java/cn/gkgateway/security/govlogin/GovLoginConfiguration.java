package cn.gkgateway.security.govlogin;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.config.GatewayProperties;
import cn.gkgateway.connectors.govlogin.GovLoginStandIn;
import cn.gkgateway.identity.ApplicantLinking;
import cn.gkgateway.identity.SignInService;
import cn.gkgateway.identity.SignInTickets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The government-service login as an OIDC client of Spring Security: authorization code with PKCE,
 * provider found by discovery, the pending request in a signed cookie, no server-side session and no
 * stored provider tokens (the authorized client is dropped after the callback). Its own filter chain
 * covers only {@code /oauth2/authorization/gov} and the callback {@code /login/oauth2/code/gov}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovLoginProperties.class)
public class GovLoginConfiguration {

    public static final String REGISTRATION_ID = "gov";

    /** The stand-in provider, for the local profile and tests ({@code gk.gov-login.stand-in.enabled}). */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "gk.gov-login.stand-in.enabled", havingValue = "true")
    GovLoginStandIn govLoginStandIn(GovLoginProperties properties, org.springframework.core.env.Environment environment) {
        String[] profiles = environment.getActiveProfiles().length > 0 ? environment.getActiveProfiles() : environment.getDefaultProfiles();
        List<String> logout = properties.postLogoutRedirectUri() == null || properties.postLogoutRedirectUri().isBlank()
                ? List.of() : List.of(properties.postLogoutRedirectUri());
        return new GovLoginStandIn(properties.standIn().port(), properties.clientSecret(), properties.standIn().redirectUris(), logout, profiles);
    }

    @Bean
    GovProviderRegistrations govProviderRegistrations(GovLoginProperties properties, ObjectProvider<GovLoginStandIn> standIn) {
        Supplier<String> issuer = () -> {
            if (properties.issuer() != null && !properties.issuer().isBlank()) {
                return properties.issuer();
            }
            GovLoginStandIn local = standIn.getIfAvailable();
            return local == null ? null : local.issuer();
        };
        return new GovProviderRegistrations(properties, issuer);
    }

    @Bean
    GovProviderLogout govProviderLogout(GovProviderRegistrations registrations, GovLoginProperties properties) {
        return new GovProviderLogout(registrations, properties);
    }

    /** ID tokens checked as Spring does, with the JWK set fetched under the configured timeouts (picked up by oauth2Login). */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoderFactory<org.springframework.security.oauth2.client.registration.ClientRegistration>
    govIdTokenDecoders(GovLoginProperties properties) {
        return new GovIdTokenDecoders(properties);
    }

    @Bean
    @Order(1)
    SecurityFilterChain govLoginSecurity(HttpSecurity http, GovProviderRegistrations registrations, GovLoginProperties properties,
                                         GatewayProperties gateway, ApplicantLinking linking, SignInService signIn,
                                         SignInTickets tickets, AuditLog auditLog, Clock clock) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        GovLoginOutcomes outcomes = new GovLoginOutcomes(properties, linking, signIn, tickets, auditLog, clock);
        http.securityMatcher(OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/**", "/login/oauth2/code/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .authorizationEndpoint(endpoint -> endpoint
                                .authorizationRequestRepository(new CookieAuthorizationRequests(gateway.security().tokenSecret(), clock))
                                .authorizationRequestResolver(resolver))
                        .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenClient(properties)))
                        .userInfoEndpoint(endpoint -> endpoint.oidcUserService(userService(properties)))
                        .successHandler(outcomes)
                        .failureHandler(outcomes))
                .addFilterBefore(new ProviderAvailabilityFilter(registrations), OAuth2AuthorizationRequestRedirectFilter.class);
        return http.build();
    }

    private static RestClientAuthorizationCodeTokenResponseClient tokenClient(GovLoginProperties properties) {
        RestClient rest = RestClient.builder().requestFactory(requestFactory(properties))
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(rest);
        return client;
    }

    private static OidcUserService userService(GovLoginProperties properties) {
        RestTemplate rest = new RestTemplate(requestFactory(properties));
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();
        userInfo.setRestOperations(rest);
        OidcUserService service = new OidcUserService();
        service.setOauth2UserService(userInfo);
        return service;
    }

    private static SimpleClientHttpRequestFactory requestFactory(GovLoginProperties properties) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.connectTimeout());
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }

    /** The provider's tokens are not kept: the ID token's claims are all the gateway needs after the callback. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
                org.springframework.security.core.Authentication principal, jakarta.servlet.http.HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, org.springframework.security.core.Authentication principal,
                                         jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
            // dropped on purpose
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, org.springframework.security.core.Authentication principal,
                                           jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
            // nothing kept
        }
    }
}
