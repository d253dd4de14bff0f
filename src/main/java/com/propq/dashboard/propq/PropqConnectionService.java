package com.propq.dashboard.propq;

import com.propq.dashboard.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What the PropQ connection page shows and does (admins only). Never exposes the secret or the token. */
@Service
@RolesAllowed(Roles.ADMIN)
public class PropqConnectionService {

    /** Warn on the page when the stored token expires within this period. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(3);

    /** @param baseUrl the address in use (in sandbox mode, this app's own sandbox); null while not known */
    public record Connection(PropqMode mode, @Nullable String baseUrl, String clientId, PropqTokenState token,
                             boolean tokenExpiresSoon) {
    }

    private final PropqProperties properties;
    private final PropqAddress address;
    private final PropqTokens tokens;
    private final PropqClient client;
    private final Clock clock;

    PropqConnectionService(PropqProperties properties, PropqAddress address, PropqTokens tokens, PropqClient client,
                           Clock clock) {
        this.properties = properties;
        this.address = address;
        this.tokens = tokens;
        this.client = client;
        this.clock = clock;
    }

    public Connection connection() {
        String baseUrl;
        try {
            baseUrl = address.baseUrl();
        } catch (IllegalStateException notStartedYet) {
            baseUrl = null;
        }
        var token = tokens.state();
        return new Connection(properties.mode(), baseUrl, address.credentials().clientId(), token,
                token.expiresWithin(EXPIRY_WARNING, clock));
    }

    /** "Test connection": asks {@code /api/v1/iam/me} now (getting a token first if needed). */
    public PropqOutcome<PropqIdentity> testConnection() {
        return client.me();
    }
}
