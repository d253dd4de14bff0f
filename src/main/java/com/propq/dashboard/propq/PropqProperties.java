package com.propq.dashboard.propq;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How to reach PropQ. Without a client id and secret the app runs against the sandbox.
 * The secret is never logged: {@link #toString()} masks it.
 *
 * @param tokenRenewalMargin a token is renewed this long before the expiry PropQ announced
 * @param tokenRenewalCheckInterval how often each instance looks whether the stored token is due for renewal
 * @param healthCacheTime    the health indicator asks PropQ at most once per this period
 */
@ConfigurationProperties("propq")
public record PropqProperties(
        String baseUrl,
        @Nullable String clientId,
        @Nullable String clientSecret,
        Paths paths,
        Duration connectTimeout,
        Duration readTimeout,
        Duration tokenRenewalMargin,
        Duration healthCacheTime,
        Sandbox sandbox,
        Duration tokenRenewalCheckInterval) {

    /**
     * The binder passes null for a setting that is not set; its default takes the place, so only the credentials
     * read null.
     */
    @ConstructorBinding
    @SuppressWarnings("NullAway") // the nested settings' nulls are "not set" too: their constructors fill them in
    public PropqProperties {
        baseUrl = isBlank(baseUrl) ? "https://api.propq.com" : baseUrl.strip();
        paths = paths == null ? new Paths(null, null, null, null, null) : paths;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        tokenRenewalMargin = tokenRenewalMargin == null ? Duration.ofDays(1) : tokenRenewalMargin;
        healthCacheTime = healthCacheTime == null ? Duration.ofMinutes(1) : healthCacheTime;
        sandbox = sandbox == null ? new Sandbox(null, null, null, null, null, null) : sandbox;
        tokenRenewalCheckInterval =
                tokenRenewalCheckInterval == null ? Duration.ofMinutes(1) : tokenRenewalCheckInterval;
    }

    /** The three settings that existed first; everything else takes its default. */
    @SuppressWarnings("NullAway") // null is "not set", as from the binder: the canonical constructor fills it in
    public PropqProperties(String baseUrl, @Nullable String clientId, @Nullable String clientSecret) {
        this(baseUrl, clientId, clientSecret, null, null, null, null, null, null, null);
    }

    public PropqMode mode() {
        return isBlank(clientId) || isBlank(clientSecret) ? PropqMode.SANDBOX : PropqMode.LIVE;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "PropqProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=****, paths=" + paths
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", tokenRenewalMargin=" + tokenRenewalMargin
                + ", tokenRenewalCheckInterval=" + tokenRenewalCheckInterval + ", healthCacheTime=" + healthCacheTime
                + ", sandbox=" + sandbox + "]";
    }

    /** The API's paths, relative to the base URL; the defaults are the documented ones (API 1.7.0). */
    public record Paths(String token, String me, String updateUnitByName, String publish, String publishStatus) {
        public Paths {
            token = isBlank(token) ? "/oauth/token" : token.strip();
            me = isBlank(me) ? "/api/v1/iam/me" : me.strip();
            updateUnitByName = isBlank(updateUnitByName)
                    ? "/v1/developments/{development_id}/units/update-by-name"
                    : updateUnitByName.strip();
            publish = isBlank(publish) ? "/v1/developments/{development_id}/publish" : publish.strip();
            publishStatus =
                    isBlank(publishStatus) ? "/v1/developments/{development_id}/publish-status" : publishStatus.strip();
        }
    }

    /**
     * The built-in simulator. Its credentials are not secrets: it only exists when no real ones are set.
     *
     * @param developmentIds a regular expression: the development ids the simulated portal knows
     * @param publishDelay   how long a publish stays PUBLISHING before reaching its final status
     * @param tokenLifetime  the {@code expires_in} it announces for new tokens
     */
    public record Sandbox(
            String path,
            String clientId,
            String clientSecret,
            String developmentIds,
            Duration publishDelay,
            Duration tokenLifetime) {
        public Sandbox {
            path = isBlank(path) ? "/propq-sandbox" : path.strip();
            clientId = isBlank(clientId) ? "1" : clientId.strip();
            clientSecret = isBlank(clientSecret) ? "sandbox-secret" : clientSecret;
            developmentIds = isBlank(developmentIds) ? "RO-DEV-\\d+" : developmentIds.strip();
            publishDelay = publishDelay == null ? Duration.ofSeconds(5) : publishDelay;
            tokenLifetime = tokenLifetime == null ? Duration.ofDays(30) : tokenLifetime;
        }

        @Override
        public String toString() {
            return "Sandbox[path=" + path + ", clientId=" + clientId + ", clientSecret=****, developmentIds="
                    + developmentIds + ", publishDelay=" + publishDelay + ", tokenLifetime=" + tokenLifetime + "]";
        }
    }
}
