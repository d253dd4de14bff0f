package com.propq.dashboard.catalog.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One script's worth of HTTP against the API: its own cookie jar, credentials only when given. */
final class ApiClient {

    record Answer(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        @Nullable
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private @Nullable String authorization;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Sends these credentials with every following request (none: rely on the session cookie). */
    ApiClient as(@Nullable String username, @Nullable String password) {
        authorization = username == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A JSON body, unless the headers (name, value, ...) say otherwise. */
    Answer patch(String path, String body, String... headers) {
        var request = request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
