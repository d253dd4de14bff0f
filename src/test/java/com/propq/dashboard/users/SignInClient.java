package com.propq.dashboard.users;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One browser's worth of HTTP: its own cookies (session), no redirects followed. */
final class SignInClient {

    private final String base;
    private final HttpClient http;
    private @Nullable String forwardedFor;

    SignInClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A browser on another machine: it connects from this loopback address (127.0.0.2, ...). */
    SignInClient(int port, String fromAddress) {
        this.base = "http://127.0.0.1:" + port;
        try {
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(InetAddress.getByName(fromAddress))
                    .build();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Posts the sign-in form as the login page does; answers where the app sends the browser next. */
    String signIn(String username, String password) {
        get("/login");
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        return response.statusCode() + " "
                + response.headers().firstValue("Location").orElse("").replace(base, "");
    }

    /** Status, and where a redirect points (relative to the app). */
    String get(String path) {
        var response = send(request(path).GET().build());
        var location = response.headers().firstValue("Location").orElse("").replace(base, "");
        return location.isEmpty() ? Integer.toString(response.statusCode()) : response.statusCode() + " " + location;
    }

    /** The cookies a GET sets, as the Set-Cookie headers say them. */
    List<String> cookiesSetBy(String path) {
        return send(request(path).GET().build()).headers().allValues("Set-Cookie");
    }

    /** The body of a GET, whatever its status. */
    String read(String path) {
        return send(request(path).GET().build()).body();
    }

    /** A unit API call signed in with HTTP Basic; its status. */
    int basic(String path, String username, String password) {
        var credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                        .header("Authorization", "Basic " + credentials)
                        .GET()
                        .build())
                .statusCode();
    }

    /** Status and body of a POST, with these headers (name, value, ...). */
    String post(String path, String contentType, String body, String... headers) {
        var request = request(path).header("Content-Type", contentType);
        if (headers.length > 0) {
            request.headers(headers);
        }
        var response =
                send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return response.statusCode() + " " + response.body();
    }

    /** Every request says it was forwarded by a proxy for this client address. */
    SignInClient forwardedFor(String clientAddress) {
        this.forwardedFor = clientAddress;
        return this;
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
