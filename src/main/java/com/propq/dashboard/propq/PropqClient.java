package com.propq.dashboard.propq;

import com.propq.dashboard.propq.PropqOutcome.ConnectionFailed;
import com.propq.dashboard.propq.PropqOutcome.Unauthorized;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only door to PropQ: the four API operations of document 1.7.0, each answering a typed
 * {@link PropqOutcome}. Holds no database transaction during a call (it opens none; callers must not either).
 * A 401 is answered with one new token, shared by all concurrent callers, and one retry.
 */
@Component
public class PropqClient {

    private static final Logger log = LoggerFactory.getLogger(PropqClient.class);

    private final PropqAddress address;
    private final PropqTokens tokens;
    private final PropqProperties.Paths paths;
    private final Clock clock;
    private final RestClient http;

    PropqClient(PropqAddress address, PropqTokens tokens, PropqProperties properties, PropqHttp http, Clock clock) {
        this.address = address;
        this.tokens = tokens;
        this.paths = properties.paths();
        this.clock = clock;
        this.http = RestClient.builder().requestFactory(http.requestFactory()).build();
    }

    /** {@code GET /api/v1/iam/me}: who PropQ says we are. */
    public PropqOutcome<PropqIdentity> me() {
        return call(HttpMethod.GET, paths.me(), null, PropqClient::identity);
    }

    /** {@code POST /v1/developments/{id}/units/update-by-name}: sets the unit's absolute state. */
    public PropqOutcome<Accepted> updateUnitByName(String developmentId, UnitPayload unit) {
        var body = JsonMapper.shared().writeValueAsBytes(unit.toJson());
        return call(HttpMethod.POST, paths.updateUnitByName(), body, PropqClient::accepted, developmentId);
    }

    /** {@code POST /v1/developments/{id}/publish}: the document defines no body, so none is sent. */
    public PropqOutcome<Accepted> publish(String developmentId) {
        return call(HttpMethod.POST, paths.publish(), null, PropqClient::accepted, developmentId);
    }

    /** {@code GET /v1/developments/{id}/publish-status}. */
    public PropqOutcome<PublishStatus> publishStatus(String developmentId) {
        return call(HttpMethod.GET, paths.publishStatus(), null, PropqClient::devStatus, developmentId);
    }

    private <T> PropqOutcome<T> call(
            HttpMethod method, String path, byte @Nullable [] body, Function<String, T> reader, Object... variables) {
        String token;
        try {
            token = tokens.accessToken();
        } catch (PropqTokenException e) {
            return e.failure().as();
        }
        var outcome = send(method, path, body, reader, token, variables);
        if (outcome instanceof Unauthorized) {
            try {
                token = tokens.renewAfterRejection(token);
            } catch (PropqTokenException e) {
                return e.failure().as();
            }
            // A second 401 stays Unauthorized: with a token just issued, the credentials are the problem.
            outcome = send(method, path, body, reader, token, variables);
        }
        return outcome;
    }

    private <T> PropqOutcome<T> send(
            HttpMethod method,
            String path,
            byte @Nullable [] body,
            Function<String, T> reader,
            String token,
            Object[] variables) {
        java.net.URI uri;
        try {
            uri = PropqUris.build(address.baseUrl(), path, variables);
        } catch (IllegalStateException addressNotKnownYet) {
            return new ConnectionFailed<>(
                    Objects.requireNonNullElse(addressNotKnownYet.getMessage(), "PropQ's address is not known yet"));
        }
        var started = System.nanoTime();
        try {
            var request = http.method(method)
                    .uri(uri)
                    // On every call, GETs included: the document says a missing one may turn the answer into a 3xx.
                    .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                    .accept(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            if (body != null) {
                request.body(body);
            }
            PropqOutcome<T> outcome = request.exchange((req, response) -> PropqResponses.classify(
                    response.getStatusCode().value(), response.getHeaders(), body(response), reader, clock));
            log.debug(
                    "PropQ {} {} -> {} in {} ms",
                    method,
                    uri.getRawPath(),
                    outcome.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
            return outcome;
        } catch (RestClientException e) {
            log.debug(
                    "PropQ {} {} failed in {} ms: {}",
                    method,
                    uri.getRawPath(),
                    (System.nanoTime() - started) / 1_000_000,
                    e.toString());
            return PropqResponses.noResponse(e);
        }
    }

    private static String body(org.springframework.http.client.ClientHttpResponse response) throws java.io.IOException {
        var contentType = response.getHeaders().getContentType();
        Charset charset = contentType != null && contentType.getCharset() != null
                ? contentType.getCharset()
                : StandardCharsets.UTF_8;
        return StreamUtils.copyToString(response.getBody(), charset);
    }

    @SuppressWarnings("unchecked")
    private static PropqIdentity identity(String body) {
        var attributes = JsonMapper.shared().readValue(body, Map.class);
        return new PropqIdentity(Map.copyOf((Map<String, Object>) attributes), PropqResponses.cut(body));
    }

    /**
     * Any JSON object, or no body at all: we need nothing from it, but keep a {@code DevStatus} it carries (the
     * publish call's own answer is the publish's first status). An HTML page is not an acceptance.
     */
    private static Accepted accepted(String body) {
        if (body.isBlank()) {
            return new Accepted("");
        }
        var json = JsonMapper.shared().readTree(body);
        if (!json.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        var status = json.get("DevStatus");
        return new Accepted(
                PropqResponses.cut(body),
                status != null && status.isString() && !status.asString().isBlank() ? status.asString() : null);
    }

    private static PublishStatus devStatus(String body) {
        var status = JsonMapper.shared().readTree(body).get("DevStatus");
        if (status == null || !status.isString() || status.asString().isBlank()) {
            throw new IllegalArgumentException("no DevStatus");
        }
        return new PublishStatus(status.asString());
    }
}
