package com.propq.dashboard.propq;

import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.MalformedResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * PropQ access tokens: client credentials through Spring Security's OAuth2 client, kept in PostgreSQL
 * ({@code oauth2_authorized_client}, the value sealed by {@link StoredTokenCipher}) so that restarts and other
 * instances reuse a token until it expires. A renewal holds this JVM's lock and then a PostgreSQL advisory lock, and
 * looks at the stored token again under it: N callers on M instances that find the token due cause one token
 * request, and the others take the token it stored.
 */
@Component
class PropqTokens {

    static final String REGISTRATION_ID = "propq";
    private static final String SECRET_PLACEHOLDER = "PROPQ-CLIENT-SECRET";
    private static final Logger log = LoggerFactory.getLogger(PropqTokens.class);

    private final PropqAddress address;
    private final PropqProperties properties;
    private final Clock clock;
    private final JdbcOperations jdbc;
    private final StoredTokenCipher cipher = new StoredTokenCipher();
    private final OAuth2AuthorizedClientService store;
    private final OAuth2AuthorizedClientProvider provider;
    private final ReentrantLock renewal = new ReentrantLock();
    private volatile @Nullable OAuth2AuthorizedClient current;
    private volatile @Nullable Instant renewalFailedAt;

    PropqTokens(PropqAddress address, PropqProperties properties, PropqHttp http, JdbcOperations jdbc, Clock clock) {
        this.address = address;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        // Built per use from the address: the sandbox's address is known only once the web server runs.
        // Not a bean, so Spring Boot's OAuth2 login auto-configuration never sees it.
        var registrations = (org.springframework.security.oauth2.client.registration.ClientRegistrationRepository)
                id -> REGISTRATION_ID.equals(id) ? registration() : null;
        var jdbcStore = new JdbcOAuth2AuthorizedClientService(jdbc, registrations);
        var columns = new JdbcOAuth2AuthorizedClientService.OAuth2AuthorizedClientParametersMapper();
        jdbcStore.setAuthorizedClientParametersMapper(holder -> {
            var parameters = new ArrayList<>(columns.apply(holder));
            // The fourth column is access_token_value: stored sealed, never in clear.
            parameters.set(
                    3,
                    new SqlParameterValue(
                            Types.BLOB,
                            cipher.seal(
                                    holder.getAuthorizedClient()
                                            .getAccessToken()
                                            .getTokenValue(),
                                    credentials())));
            return parameters;
        });
        jdbcStore.setAuthorizedClientRowMapper(this::storedClient);
        this.store = jdbcStore;
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
        this.provider = OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(grant -> grant.accessTokenResponseClient(tokenClient)
                        .clockSkew(Duration.ZERO)
                        .clock(clock))
                .build();
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
            return authorize(null).getAccessToken().getTokenValue();
        } finally {
            renewal.unlock();
        }
    }

    /**
     * The scheduled renewal: once the stored token has reached its renewal margin it is renewed, whether or not any
     * call needs it, so an idle install never lets it lapse. Answers whether it was due.
     */
    boolean renewIfDue() {
        OAuth2AuthorizedClient stored;
        try {
            stored = load();
        } catch (IllegalStateException addressNotKnownYet) {
            return false;
        }
        if (stored == null || !needsRenewal(stored)) {
            return false;
        }
        renewal.lock();
        try {
            authorize(null);
            return true;
        } finally {
            renewal.unlock();
        }
    }

    /**
     * Whether an admin must look at the token: its last renewal failed, or it expires before the next scheduled
     * renewal could replace it. A token merely near its expiry is renewed on schedule and is no reason to warn.
     */
    boolean atRisk(PropqTokenState state) {
        return renewalFailedAt != null || state.expiresWithin(properties.tokenRenewalCheckInterval(), clock);
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
            return authorize(rejected).getAccessToken().getTokenValue();
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
            return new PropqTokenState(
                    true,
                    stored.getAccessToken().getIssuedAt(),
                    stored.getAccessToken().getExpiresAt());
        } catch (IllegalStateException addressNotKnownYet) {
            return PropqTokenState.none();
        }
    }

    /**
     * Called with the JVM lock held. Under the database lock: the stored token if it is fresh and not the one PropQ
     * just refused (another instance renewed it meanwhile), otherwise a new one from the token endpoint.
     */
    private OAuth2AuthorizedClient authorize(@Nullable String rejected) {
        try {
            var client = acrossInstances(() -> storedOrFetched(rejected));
            current = client;
            renewalFailedAt = null;
            return client;
        } catch (PropqTokenException e) {
            renewalFailedAt = clock.instant();
            throw e;
        }
    }

    private OAuth2AuthorizedClient storedOrFetched(@Nullable String rejected) {
        try {
            var stored = load();
            if (stored != null && !needsRenewal(stored) && (rejected == null || !isValue(stored, rejected))) {
                return stored;
            }
            // Asked with no current client, the provider always requests a token. The stored one stays until the new
            // one replaces it: a failed renewal leaves a token that still works until it expires.
            var principal = UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials().clientId(), null);
            var fetched = provider.authorize(OAuth2AuthorizationContext.withClientRegistration(registration())
                    .principal(principal)
                    .build());
            if (fetched == null) {
                throw new PropqTokenException(new MalformedResponse<>(200, "no token"));
            }
            var client = onOurClock(fetched);
            save(client, principal);
            return client;
        } catch (OAuth2AuthorizationException e) {
            // The library's wrapping of a transport error, or of a 2xx body that is not a token response.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ResourceAccessException io) {
                    throw new PropqTokenException(PropqResponses.noResponse(io));
                }
            }
            throw new PropqTokenException(
                    new MalformedResponse<>(200, e.getError().getErrorCode()));
        } catch (IllegalStateException addressNotKnownYet) {
            throw new PropqTokenException(new ConnectionFailed<>(
                    Objects.requireNonNullElse(addressNotKnownYet.getMessage(), "PropQ's address is not known yet")));
        }
    }

    /**
     * Runs a renewal under a session-level PostgreSQL advisory lock on one pooled connection (auto-commit: the new
     * token is visible to the instances waiting on the lock as soon as it is saved). An instance that dies holding
     * it loses its connection, and with it the lock.
     */
    private OAuth2AuthorizedClient acrossInstances(Supplier<OAuth2AuthorizedClient> renewal) {
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<OAuth2AuthorizedClient>) connection -> {
            try (var lock = connection.prepareStatement("select pg_advisory_lock(hashtext('propq:token'))")) {
                lock.execute();
            }
            try {
                return renewal.get();
            } finally {
                try (var unlock = connection.prepareStatement("select pg_advisory_unlock(hashtext('propq:token'))")) {
                    unlock.execute();
                }
            }
        }));
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
            var halfLife =
                    Duration.between(token.getIssuedAt(), token.getExpiresAt()).dividedBy(2);
            margin = margin.compareTo(halfLife) > 0 ? halfLife : margin;
        }
        return !clock.instant().isBefore(token.getExpiresAt().minus(margin));
    }

    /** Null when the stored value does not open with our credentials: then there is no usable token. */
    private @Nullable OAuth2AuthorizedClient storedClient(ResultSet row, int rowNumber) throws SQLException {
        var value = cipher.open(row.getBytes("access_token_value"), credentials());
        if (value == null) {
            return null;
        }
        var scopes = row.getString("access_token_scopes");
        var token = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                value,
                row.getTimestamp("access_token_issued_at").toInstant(),
                row.getTimestamp("access_token_expires_at").toInstant(),
                scopes == null ? Set.of() : StringUtils.commaDelimitedListToSet(scopes));
        return new OAuth2AuthorizedClient(registration(), row.getString("principal_name"), token);
    }

    private static boolean isValue(OAuth2AuthorizedClient client, String value) {
        return client.getAccessToken().getTokenValue().equals(value);
    }

    /**
     * The library dates a new token by the system clock; the app's {@link Clock} decides when it is due, so the
     * token is dated by it: issued now, expiring after the lifetime PropQ announced.
     */
    private OAuth2AuthorizedClient onOurClock(OAuth2AuthorizedClient client) {
        var token = client.getAccessToken();
        if (token.getIssuedAt() == null || token.getExpiresAt() == null) {
            return client;
        }
        var issued = clock.instant();
        var expires = issued.plus(Duration.between(token.getIssuedAt(), token.getExpiresAt()));
        return new OAuth2AuthorizedClient(
                client.getClientRegistration(),
                client.getPrincipalName(),
                new OAuth2AccessToken(token.getTokenType(), token.getTokenValue(), issued, expires, token.getScopes()));
    }

    /** Two instances may insert the first token at once; the loser updates instead. */
    private void save(OAuth2AuthorizedClient client, UsernamePasswordAuthenticationToken principal) {
        try {
            store.saveAuthorizedClient(client, principal);
        } catch (DuplicateKeyException raced) {
            store.saveAuthorizedClient(client, principal);
        }
        log.info(
                "New PropQ access token stored, expires at {}",
                client.getAccessToken().getExpiresAt());
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
                .replace(
                        OAuth2ParameterNames.CLIENT_SECRET + "=" + SECRET_PLACEHOLDER,
                        OAuth2ParameterNames.CLIENT_SECRET + "=" + encoded)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String body(org.springframework.http.client.ClientHttpResponse response) throws IOException {
        return StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
    }
}
