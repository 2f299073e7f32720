package cn.gkgateway.security.govlogin;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the URL of the provider's
 * {@code end_session_endpoint} with the ID token as hint, when the provider offers one.
 */
public class GovProviderLogout {

    private final GovProviderRegistrations registrations;
    private final GovLoginProperties properties;

    GovProviderLogout(GovProviderRegistrations registrations, GovLoginProperties properties) {
        this.registrations = registrations;
        this.properties = properties;
    }

    /** Null when there is no ID token or the provider has no end-session endpoint. */
    public String urlFor(String idToken) {
        if (idToken == null) {
            return null;
        }
        ClientRegistration registration = registrations.findByRegistrationId(GovLoginConfiguration.REGISTRATION_ID);
        Object endSession = registration == null ? null : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null) {
            return null;
        }
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("id_token_hint", idToken).queryParam("client_id", properties.clientId());
        if (properties.postLogoutRedirectUri() != null && !properties.postLogoutRedirectUri().isBlank()) {
            url.queryParam("post_logout_redirect_uri", properties.postLogoutRedirectUri());
        }
        return url.encode().build().toUriString();
    }
}
