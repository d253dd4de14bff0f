package com.propq.dashboard.users;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One browser's worth of HTTP: its own cookies (session), no redirects followed. */
final class SignInClient {

    private final String base;
    private final HttpClient http;

    SignInClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts the sign-in form as the login page does; answers where the app sends the browser next. */
    String signIn(String username, String password) {
        get("/login");
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return response.statusCode() + " " + response.headers().firstValue("Location").orElse("")
                .replace(base, "");
    }

    /** Status, and where a redirect points (relative to the app). */
    String get(String path) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        var location = response.headers().firstValue("Location").orElse("").replace(base, "");
        return location.isEmpty() ? Integer.toString(response.statusCode()) : response.statusCode() + " " + location;
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
