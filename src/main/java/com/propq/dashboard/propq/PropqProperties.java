package com.propq.dashboard.propq;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach PropQ. Without a client id and secret the app runs against the sandbox.
 * The secret is never logged: {@link #toString()} masks it.
 */
@ConfigurationProperties("propq")
public record PropqProperties(String baseUrl, @Nullable String clientId, @Nullable String clientSecret) {

    public PropqProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.propq.com" : baseUrl.strip();
    }

    public PropqMode mode() {
        return isBlank(clientId) || isBlank(clientSecret) ? PropqMode.SANDBOX : PropqMode.LIVE;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "PropqProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=****]";
    }
}
