package com.propq.dashboard.propq;

import com.propq.dashboard.base.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What the PropQ connection page shows and does (admins only). Never exposes the secret or the token. */
@Service
@RolesAllowed(Roles.ADMIN)
public class PropqConnectionService {

    /**
     * @param baseUrl     the address in use (in sandbox mode, this app's own sandbox); null while not known
     * @param tokenAtRisk its last renewal failed, or it expires before the next scheduled renewal could happen
     */
    public record Connection(
            PropqMode mode, @Nullable String baseUrl, String clientId, PropqTokenState token, boolean tokenAtRisk) {}

    private final PropqProperties properties;
    private final PropqAddress address;
    private final PropqTokens tokens;
    private final PropqClient client;

    PropqConnectionService(PropqProperties properties, PropqAddress address, PropqTokens tokens, PropqClient client) {
        this.properties = properties;
        this.address = address;
        this.tokens = tokens;
        this.client = client;
    }

    public Connection connection() {
        String baseUrl;
        try {
            baseUrl = address.baseUrl();
        } catch (IllegalStateException notStartedYet) {
            baseUrl = null;
        }
        var token = tokens.state();
        return new Connection(
                properties.mode(), baseUrl, address.credentials().clientId(), token, tokens.atRisk(token));
    }

    /** "Test connection": asks {@code /api/v1/iam/me} now (getting a token first if needed). */
    public PropqOutcome<PropqIdentity> testConnection() {
        return client.me();
    }
}
