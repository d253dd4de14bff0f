package com.propq.dashboard.propq;

/**
 * Where the client sends its requests: the configured base URL in live mode, this app's own sandbox otherwise.
 * Asked on every call, because the sandbox's address is known only once the web server has started.
 */
public interface PropqAddress {

    /** The base URL without a trailing slash; throws {@link IllegalStateException} while it is not known yet. */
    String baseUrl();

    /** The client id and secret to present at the token endpoint. */
    Credentials credentials();

    /** Never printed: {@link #toString()} masks the secret. */
    record Credentials(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", clientSecret=****]";
        }
    }
}
