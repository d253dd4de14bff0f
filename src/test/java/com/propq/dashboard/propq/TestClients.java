package com.propq.dashboard.propq;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Fresh PropQ clients for tests, each with its own token lock and memory (the app's client bean keeps its token
 * between tests), sharing the app's database table as every instance does.
 */
final class TestClients {

    record TestClient(PropqClient client, PropqTokens tokens) {}

    private TestClients() {}

    static TestClient against(
            PropqAddress address, JdbcOperations jdbc, Clock clock, Duration readTimeout, Duration renewalMargin) {
        return against(
                address,
                jdbc,
                clock,
                new PropqProperties(
                        "http://unused",
                        null,
                        null,
                        null,
                        Duration.ofSeconds(2),
                        readTimeout,
                        renewalMargin,
                        null,
                        null,
                        null));
    }

    static TestClient against(PropqAddress address, JdbcOperations jdbc, Clock clock, PropqProperties properties) {
        var http = new PropqHttp(properties);
        var tokens = new PropqTokens(address, properties, http, jdbc, clock);
        return new TestClient(new PropqClient(address, tokens, properties, http, clock), tokens);
    }

    static TestClient against(PropqAddress address, JdbcOperations jdbc, Clock clock) {
        return against(address, jdbc, clock, Duration.ofSeconds(10), Duration.ofDays(1));
    }

    /** A fixed address and credentials, e.g. a scripted server's. */
    static PropqAddress address(String baseUrl, String clientId, String clientSecret) {
        return new PropqAddress() {
            @Override
            public String baseUrl() {
                return PropqUris.withoutTrailingSlash(baseUrl);
            }

            @Override
            public Credentials credentials() {
                return new Credentials(clientId, clientSecret);
            }
        };
    }

    /** The app's sandbox address (follows its outages) with other credentials. */
    static PropqAddress withCredentials(PropqAddress address, String clientId, String clientSecret) {
        return new PropqAddress() {
            @Override
            public String baseUrl() {
                return address.baseUrl();
            }

            @Override
            public Credentials credentials() {
                return new Credentials(clientId, clientSecret);
            }
        };
    }
}
