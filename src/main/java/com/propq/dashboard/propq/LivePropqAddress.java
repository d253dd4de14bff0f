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
        this.credentials = new Credentials(properties.clientId().strip(), properties.clientSecret().strip());
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
