package com.propq.dashboard.propq;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** The real PropQ, at the configured base URL with the configured credentials. */
@Component
@Conditional(PropqModeCondition.Live.class)
class LivePropqAddress implements PropqAddress {

    private final String baseUrl;
    private final Credentials credentials;

    LivePropqAddress(PropqProperties properties) {
        this.baseUrl = PropqUris.withoutTrailingSlash(properties.baseUrl());
        var clientId = properties.clientId();
        var clientSecret = properties.clientSecret();
        if (clientId == null || clientSecret == null) {
            // PropqModeCondition.Live creates this only when both are set.
            throw new IllegalStateException("PropQ's live mode needs propq.client-id and propq.client-secret");
        }
        this.credentials = new Credentials(clientId.strip(), clientSecret.strip());
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }
}
