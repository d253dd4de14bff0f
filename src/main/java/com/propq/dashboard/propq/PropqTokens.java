package com.propq.dashboard.propq;

import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.MalformedResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * PropQ access tokens: client credentials through Spring Security's OAuth2 client, kept in PostgreSQL
 * ({@code oauth2_authorized_client}) so that restarts and other instances reuse a token until it expires.
 * Renewals within this JVM go through one lock, so N callers that find the token stale cause one token request.
 */
@Component
class PropqTokens {

    static final String REGISTRATION_ID = "propq";
    private static final String SECRET_PLACEHOLDER = "PROPQ-CLIENT-SECRET";
    private static final Logger log = LoggerFactory.getLogger(PropqTokens.class);

    private final PropqAddress address;
    private final PropqProperties properties;
    private final Clock clock;
    private final OAuth2AuthorizedClientService store;
    private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;
    private final ReentrantLock renewal = new ReentrantLock();
    private volatile @Nullable OAuth2AuthorizedClient current;

    PropqTokens(PropqAddress address, PropqProperties properties, PropqHttp http, JdbcOperations jdbc, Clock clock) {
        this.address = address;
        this.properties = properties;
        this.clock = clock;
        // Built per use from the address: the sandbox's address is known only once the web server runs.
        // Not a bean, so Spring Boot's OAuth2 login auto-configuration never sees it.
        var registrations = (org.springframework.security.oauth2.client.registration.ClientRegistrationRepository)
                id -> REGISTRATION_ID.equals(id) ? registration() : null;
        this.store = new JdbcOAuth2AuthorizedClientService(jdbc, registrations);
        var tokenClient = new RestClientClientCredentialsTokenResponseClient();
        // Spring's RestClient logs the form it writes at DEBUG, secret included: the form carries a placeholder,
        // and the secret goes in only once the body is bytes, below any logging.
        tokenClient.setParametersCustomizer(form -> form.set(OAuth2ParameterNames.CLIENT_SECRET, SECRET_PLACEHOLDER));
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(http.requestFactory())
                .requestInterceptor((request, body, execution) -> execution.execute(request, withSecret(body)))
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                // Any non-2xx becomes our typed failure; the library would reduce it to an OAuth2 error code.
                .defaultStatusHandler(status -> !status.is2xxSuccessful(), (request, response) -> {
                    throw new PropqTokenException((PropqOutcome.Failure<?>) PropqResponses.classify(
                            response.getStatusCode().value(), response.getHeaders(), body(response), b -> b, clock));
                })
                .build());
        // Clock skew 0: the library renews only an expired token; renewing a margin early is decided below,
        // because the margin must shrink for short-lived tokens (the document's sample says 7200 s).
        var provider = OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenClient)
                        .clockSkew(Duration.ZERO).clock(clock))
                .build();
        this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, store);
        manager.setAuthorizedClientProvider(provider);
        manager.setAuthorizationSuccessHandler((client, principal, attributes) -> save(client, principal));
    }

    /** A token that is valid for more than the renewal margin; requests one when needed. */
    String accessToken() {
        var token = current;
        if (token != null && !needsRenewal(token)) {
            return token.getAccessToken().getTokenValue();
        }
        renewal.lock();
        try {
            token = current;
            if (token != null && !needsRenewal(token)) {
                return token.getAccessToken().getTokenValue();
            }
            return authorize().getAccessToken().getTokenValue();
        } finally {
            renewal.unlock();
        }
    }

    /**
     * PropQ refused {@code rejected}: get a new token, unless another caller (here or on another instance)
     * already replaced it, in which case that one is used. Callers waiting on the lock share the one renewal.
     */
    String renewAfterRejection(String rejected) {
        renewal.lock();
        try {
            var token = current;
            if (token != null && !isValue(token, rejected) && !needsRenewal(token)) {
                return token.getAccessToken().getTokenValue();
            }
            current = null;
            var stored = load();
            if (stored != null && isValue(stored, rejected)) {
                store.removeAuthorizedClient(REGISTRATION_ID, credentials().clientId());
            }
            return authorize().getAccessToken().getTokenValue();
        } finally {
            renewal.unlock();
        }
    }

    /** The stored token's dates, never its value. */
    PropqTokenState state() {
        try {
            var stored = load();
            if (stored == null) {
                return PropqTokenState.none();
            }
            return new PropqTokenState(true, stored.getAccessToken().getIssuedAt(), stored.getAccessToken().getExpiresAt());
        } catch (IllegalStateException addressNotKnownYet) {
            return PropqTokenState.none();
        }
    }

    /** Called with the lock held: loads the stored token, drops it if it is due, lets the library fetch one. */
    private OAuth2AuthorizedClient authorize() {
        try {
            var stored = load();
            if (stored != null && needsRenewal(stored)) {
                store.removeAuthorizedClient(REGISTRATION_ID, credentials().clientId());
            }
            var client = manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION_ID)
                    .principal(credentials().clientId()).build());
            if (client == null) {
                throw new PropqTokenException(new MalformedResponse<>(200, "no token"));
            }
            current = client;
            return client;
        } catch (OAuth2AuthorizationException e) {
            // The library's wrapping of a transport error, or of a 2xx body that is not a token response.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ResourceAccessException io) {
                    throw new PropqTokenException(PropqResponses.noResponse(io));
                }
            }
            throw new PropqTokenException(new MalformedResponse<>(200, e.getError().getErrorCode()));
        } catch (IllegalStateException addressNotKnownYet) {
            throw new PropqTokenException(new ConnectionFailed<>(addressNotKnownYet.getMessage()));
        }
    }

    private @Nullable OAuth2AuthorizedClient load() {
        return store.loadAuthorizedClient(REGISTRATION_ID, credentials().clientId());
    }

    /** Renew a margin before expiry, but never more than half the token's life early (short-lived tokens). */
    private boolean needsRenewal(OAuth2AuthorizedClient client) {
        var token = client.getAccessToken();
        if (token.getExpiresAt() == null) {
            return false;
        }
        var margin = properties.tokenRenewalMargin();
        if (token.getIssuedAt() != null) {
            var halfLife = Duration.between(token.getIssuedAt(), token.getExpiresAt()).dividedBy(2);
            margin = margin.compareTo(halfLife) > 0 ? halfLife : margin;
        }
        return !clock.instant().isBefore(token.getExpiresAt().minus(margin));
    }

    private static boolean isValue(OAuth2AuthorizedClient client, String value) {
        return client.getAccessToken().getTokenValue().equals(value);
    }

    /** Two instances may insert the first token at once; the loser updates instead. */
    private void save(OAuth2AuthorizedClient client, Authentication principal) {
        try {
            store.saveAuthorizedClient(client, principal);
        } catch (DuplicateKeyException raced) {
            store.saveAuthorizedClient(client, principal);
        }
        log.info("New PropQ access token stored, expires at {}", client.getAccessToken().getExpiresAt());
    }

    private PropqAddress.Credentials credentials() {
        return address.credentials();
    }

    /** Never logged or printed: ClientRegistration.toString() shows the secret. */
    private ClientRegistration registration() {
        var credentials = credentials();
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(credentials.clientId())
                .clientSecret(credentials.clientSecret())
                // In the form body, as the document shows; never an HTTP Basic header.
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(address.baseUrl() + properties.paths().token())
                .build();
    }

    private byte[] withSecret(byte[] form) {
        var encoded = URLEncoder.encode(credentials().clientSecret(), StandardCharsets.UTF_8);
        return new String(form, StandardCharsets.UTF_8)
                .replace(OAuth2ParameterNames.CLIENT_SECRET + "=" + SECRET_PLACEHOLDER,
                        OAuth2ParameterNames.CLIENT_SECRET + "=" + encoded)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String body(org.springframework.http.client.ClientHttpResponse response) throws IOException {
        return StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
    }
}
