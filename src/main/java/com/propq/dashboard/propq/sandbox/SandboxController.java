package com.propq.dashboard.propq.sandbox;

import com.propq.dashboard.propq.PropqModeCondition;
import com.propq.dashboard.propq.PropqProperties;
import com.propq.dashboard.propq.sandbox.PropqSandbox.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PropQ API 1.7.0 as the document describes it, served by this app under {@code propq.sandbox.path}. Routing is
 * by hand because PropQ's answers are not Spring MVC's: 419 for a wrong method, a 3xx for a missing JSON
 * Content-Type, 401 before 404. Only this machine may call it, with bodies of at most 64 KB.
 */
@RestController
@Conditional(PropqModeCondition.Sandbox.class)
class SandboxController {

    private static final Pattern DEVELOPMENT_CALL =
            Pattern.compile("^/v1/developments/([^/]+)/(units/update-by-name|publish|publish-status)$");
    private static final AutoCloseable NOTHING = () -> {};
    static final int MAX_BODY_BYTES = 64 * 1024;

    private record Route(
            Operation operation, String method, @Nullable String developmentId) {}

    private final PropqSandbox sandbox;
    private final String sandboxPath;

    SandboxController(PropqSandbox sandbox, PropqProperties properties) {
        this.sandbox = sandbox;
        this.sandboxPath = properties.sandbox().path();
    }

    @RequestMapping("${propq.sandbox.path:/propq-sandbox}/**")
    ResponseEntity<String> handle(HttpServletRequest request) throws Exception {
        if (!fromThisMachine(request)) {
            return json(403, Map.of("message", "The sandbox answers only this machine."));
        }
        var path = request.getRequestURI().substring(request.getContextPath().length() + sandboxPath.length());
        var route = route(path);
        if (route == null) {
            return json(404, Map.of("message", "Not found."));
        }
        sandbox.count(route.operation());
        // Read the body ourselves (also for the form-encoded token request), so nothing upstream consumes it.
        var bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return json(413, Map.of("message", "The request body is larger than " + MAX_BODY_BYTES + " bytes."));
        }
        var body = new String(bytes, StandardCharsets.UTF_8);
        // Only a caller with a valid token is tracked per unit: nobody else can grow the sandbox's memory.
        var tracked = route.operation() == Operation.UPDATE_UNIT && sandbox.acceptsToken(bearer(request));
        var parsed = tracked ? parseJson(body) : null;
        // A unit update's path always names its development.
        try (var ignored =
                tracked ? sandbox.enter(Objects.requireNonNull(route.developmentId()), unitName(parsed)) : NOTHING) {
            var fault = fault(route);
            if (fault != null) {
                return fault;
            }
            if (!route.method().equals(request.getMethod())) {
                return json(
                        419,
                        Map.of(
                                "message",
                                "The " + request.getMethod() + " method is not supported for this "
                                        + "route. Supported methods: " + route.method() + "."));
            }
            if (route.operation() == Operation.TOKEN) {
                return token(request.getContentType(), body);
            }
            return api(route, request, body, parsed);
        }
    }

    private @Nullable ResponseEntity<String> fault(Route route) throws InterruptedException {
        var settings = sandbox.settings();
        if (settings.latency().isPositive()) {
            Thread.sleep(settings.latency());
        }
        if (sandbox.activeOutage().isPresent()) {
            // CONNECTION_REFUSED is enacted by SandboxAddress; a request that still got here met a dead server.
            return ResponseEntity.status(503)
                    .contentType(MediaType.TEXT_HTML)
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .body("<html><head><title>503 Service Unavailable</title></head>"
                            + "<body><h1>503 Service Unavailable</h1></body></html>");
        }
        if (route.operation() != Operation.TOKEN
                && settings.failureRate() > 0
                && ThreadLocalRandom.current().nextDouble() < settings.failureRate()) {
            return json(500, Map.of("message", "Server Error"));
        }
        return null;
    }

    private ResponseEntity<String> token(@Nullable String contentType, String body) {
        if (!isType(contentType, MediaType.APPLICATION_FORM_URLENCODED)) {
            return json(
                    400,
                    Map.of(
                            "error",
                            "invalid_request",
                            "error_description",
                            "The token request must be application/x-www-form-urlencoded."));
        }
        var form = form(body);
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return json(
                    400,
                    Map.of(
                            "error",
                            "unsupported_grant_type",
                            "error_description",
                            "Only client_credentials is supported."));
        }
        var clientId = form.get("client_id");
        if (clientId == null || !clientId.matches("\\d+") || form.get("client_secret") == null) {
            return json(
                    400,
                    Map.of(
                            "error",
                            "invalid_request",
                            "error_description",
                            "client_id (a number) and client_secret are required in the body."));
        }
        if (!sandbox.acceptsClient(clientId, form.get("client_secret"))) {
            return json(401, Map.of("error", "invalid_client", "error_description", "Client authentication failed."));
        }
        var token = new LinkedHashMap<String, Object>();
        token.put("token_type", "Bearer");
        token.put("expires_in", sandbox.settings().tokenLifetime().toSeconds());
        token.put("access_token", sandbox.issueToken());
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(JsonMapper.shared().writeValueAsString(token));
    }

    private ResponseEntity<String> api(
            Route route, HttpServletRequest request, String body, @Nullable JsonNode parsed) {
        if (!isType(request.getContentType(), MediaType.APPLICATION_JSON)) {
            // What the document warns of: without the JSON Content-Type the request is redirected, not processed.
            var login = request.getContextPath() + sandboxPath + "/login";
            return ResponseEntity.status(302)
                    .header(HttpHeaders.LOCATION, login)
                    .contentType(MediaType.TEXT_HTML)
                    .body("<!DOCTYPE html><html><body>Redirecting to " + login + "</body></html>");
        }
        if (!sandbox.acceptsToken(bearer(request))) {
            return json(401, Map.of("message", "Unauthenticated."));
        }
        if (route.operation() == Operation.ME) {
            return json(
                    200,
                    Map.of("id", Long.parseLong(sandbox.clientId()), "name", "PropQ sandbox client", "type", "client"));
        }
        var developmentId = route.developmentId();
        if (developmentId == null || !sandbox.knowsDevelopment(developmentId)) {
            return json(404, Map.of("message", "Development not found."));
        }
        return switch (route.operation()) {
            case UPDATE_UNIT -> updateUnit(developmentId, body, parsed);
            case PUBLISH -> {
                sandbox.publish(developmentId);
                yield json(200, Map.of("success", true));
            }
            default -> json(200, Map.of("DevStatus", sandbox.publishStatus(developmentId)));
        };
    }

    private ResponseEntity<String> updateUnit(String developmentId, String body, @Nullable JsonNode parsed) {
        if (parsed == null) {
            return json(400, Map.of("message", body.isBlank() ? "The request body is empty." : "Malformed JSON body."));
        }
        var result = SandboxUnitValidator.validate(parsed);
        var unit = result.unit();
        if (unit == null) {
            return json(422, Map.of("message", "The given data was invalid.", "errors", result.errors()));
        }
        if (!sandbox.store(developmentId, unit.name(), unit.status(), unit.price(), unit.directions())) {
            return json(507, Map.of("message", "The sandbox holds at most " + PropqSandbox.MAX_UNITS + " units."));
        }
        return json(200, Map.of("success", true));
    }

    private static @Nullable String bearer(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    /**
     * The app calls its sandbox on 127.0.0.1; nobody else may. A call a proxy forwarded comes from elsewhere even
     * when the proxy runs here, so any forwarding header is refused too.
     */
    private static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            return false;
        }
        try {
            // The remote address is an IP literal: no name is looked up.
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static @Nullable Route route(String path) {
        if (path.equals("/oauth/token")) {
            return new Route(Operation.TOKEN, "POST", null);
        }
        if (path.equals("/api/v1/iam/me")) {
            return new Route(Operation.ME, "GET", null);
        }
        var matcher = DEVELOPMENT_CALL.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        var developmentId = UriUtils.decode(matcher.group(1), StandardCharsets.UTF_8);
        return switch (matcher.group(2)) {
            case "publish" -> new Route(Operation.PUBLISH, "POST", developmentId);
            case "publish-status" -> new Route(Operation.PUBLISH_STATUS, "GET", developmentId);
            default -> new Route(Operation.UPDATE_UNIT, "POST", developmentId);
        };
    }

    private static @Nullable JsonNode parseJson(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return JsonMapper.shared().readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String unitName(@Nullable JsonNode body) {
        var name = body != null && body.isObject() ? body.get("UntName") : null;
        return name != null && name.isString() ? name.asString() : "";
    }

    private static Map<String, String> form(String body) {
        var result = new LinkedHashMap<String, String>();
        for (var pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            var at = pair.indexOf('=');
            var key = at < 0 ? pair : pair.substring(0, at);
            var value = at < 0 ? "" : pair.substring(at + 1);
            result.putIfAbsent(
                    java.net.URLDecoder.decode(key, StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }

    private static boolean isType(@Nullable String contentType, MediaType expected) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            return expected.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static ResponseEntity<String> json(int status, Map<String, ?> body) {
        return ResponseEntity.status(HttpStatusCode.valueOf(status))
                .contentType(MediaType.APPLICATION_JSON)
                .body(JsonMapper.shared().writeValueAsString(body));
    }
}
