package com.propq.dashboard.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A PropQ of its own for the fault harness, outside the application: the documented endpoints over real HTTP,
 * faults switched on and off by the harness, and a record of every unit call. It outlives the application
 * processes it serves (a killed app must not take PropQ's memory with it), which the app's built-in sandbox
 * cannot. What it keeps is what PropQ would hold: the last state accepted for each unit. Browser tests of a live
 * install use it too, as the PropQ of their application context.
 */
public final class PropqStandIn implements AutoCloseable {

    /** What the unit endpoint does instead of (or besides) its job. */
    enum Fault {
        NONE,
        /** 503, PropQ is down: not applied. */
        UNAVAILABLE,
        /** 500 with an HTML error page (a proxy or the framework's page): not applied. */
        HTML_ERROR,
        /** 502 with no body at all (a gateway): not applied. */
        EMPTY_BODY,
        /** 200 whose body is cut-off JSON (a proxy broke it): not applied. */
        INVALID_JSON,
        /** 200 with a body PropQ never sends (an HTML page): applied, so a repeat must be harmless. */
        UNEXPECTED_BODY,
        /** 302 to a sign-in page, as the document says happens without the JSON content type: not applied. */
        REDIRECT,
        /** Applied, but answered only after the client's read timeout. */
        SLOW
    }

    public static final String CLIENT_ID = "7";
    /** The stand-in's own made-up credential: nothing real is behind it. */
    public static final String CLIENT_SECRET = "stand-in-secret";

    private final int port;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, UnitRecord> units = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger unitCalls = new AtomicInteger();
    private final AtomicInteger faultedCalls = new AtomicInteger();
    private final AtomicInteger unauthorizedCalls = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();
    private volatile @Nullable HttpServer server;
    private volatile Fault fault = Fault.NONE;
    private volatile int minLatencyMs;
    private volatile int maxLatencyMs;
    private volatile Duration slowAnswer = Duration.ofSeconds(8);

    public PropqStandIn(int port) {
        this.port = port;
        acceptConnections();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    // --- the harness's switches ------------------------------------------------------------------------------

    void fault(Fault fault) {
        this.fault = fault;
    }

    /** Each unit call takes a random time in this range, so that calls are in flight when something breaks. */
    void latency(int minMs, int maxMs) {
        this.minLatencyMs = minMs;
        this.maxLatencyMs = maxMs;
    }

    void slowAnswer(Duration wait) {
        this.slowAnswer = wait;
    }

    /** Every token issued so far stops working, as when PropQ revokes them. */
    void invalidateTokens() {
        tokens.clear();
    }

    /** Closes the listening socket: connections are refused until {@link #acceptConnections()}. */
    void refuseConnections() {
        var running = server;
        server = null;
        if (running != null) {
            running.stop(0);
        }
    }

    void acceptConnections() {
        if (server != null) {
            return;
        }
        // The port was ours a moment ago; the kernel may need a little while to let it go.
        for (int attempt = 0; ; attempt++) {
            try {
                var created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                created.createContext("/", this::handle);
                created.setExecutor(executor);
                created.start();
                server = created;
                return;
            } catch (BindException busy) {
                if (attempt == 50) {
                    throw new UncheckedIOException(busy);
                }
                sleep(200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Forgets the units and the counts (not the tokens), for the next scenario. */
    void reset() {
        units.clear();
        unitCalls.set(0);
        faultedCalls.set(0);
        unauthorizedCalls.set(0);
        overlaps.set(0);
        tokenRequests.set(0);
        fault = Fault.NONE;
        latency(0, 0);
    }

    // --- what the harness reads ----------------------------------------------------------------------------

    record Counts(
            int unitCalls,
            int faultedCalls,
            int unauthorizedCalls,
            int acceptedCalls,
            int duplicateCalls,
            int olderOverNewer,
            int overlaps,
            int tokenRequests) {}

    Counts counts() {
        int accepted = 0;
        int duplicates = 0;
        int regressions = 0;
        for (var unit : units.values()) {
            synchronized (unit) {
                accepted += unit.accepted;
                duplicates += unit.duplicates;
                regressions += unit.regressions;
            }
        }
        return new Counts(
                unitCalls.get(),
                faultedCalls.get(),
                unauthorizedCalls.get(),
                accepted,
                duplicates,
                regressions,
                overlaps.get(),
                tokenRequests.get());
    }

    /** The price PropQ holds for a unit ("development id/unit name"), or null if it never accepted one. */
    @Nullable
    BigDecimal price(String unitKey) {
        var unit = units.get(unitKey);
        if (unit == null) {
            return null;
        }
        synchronized (unit) {
            return unit.price;
        }
    }

    /** Every unit PropQ holds, by "development id/unit name": the last body it accepted for it. */
    public Map<String, JsonNode> heldUnits() {
        var held = new HashMap<String, JsonNode>();
        units.forEach((key, unit) -> {
            synchronized (unit) {
                if (unit.body != null) {
                    held.put(key, unit.body);
                }
            }
        });
        return held;
    }

    // --- the endpoints ---------------------------------------------------------------------------------------

    private static final class UnitRecord {
        final AtomicInteger inFlight = new AtomicInteger();
        final Set<BigDecimal> seen = new HashSet<>();

        @Nullable
        BigDecimal price;

        @Nullable
        JsonNode body;

        @Nullable
        BigDecimal highest;

        int accepted;
        int duplicates;
        int regressions;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            var method = exchange.getRequestMethod();
            if (path.equals("/oauth/token") && method.equals("POST")) {
                token(exchange);
            } else if (!authorized(exchange)) {
                unauthorizedCalls.incrementAndGet();
                respond(exchange, 401, "application/json", "{\"message\":\"Unauthenticated.\"}");
            } else if (path.equals("/api/v1/iam/me") && method.equals("GET")) {
                respond(exchange, 200, "application/json", "{\"id\":" + CLIENT_ID + ",\"name\":\"Fault harness\"}");
            } else if (path.matches("/v1/developments/[^/]+/units/update-by-name") && method.equals("POST")) {
                updateByName(exchange, path.split("/")[3]);
            } else if (path.matches("/v1/developments/[^/]+/publish") && method.equals("POST")) {
                respond(exchange, 200, "application/json", "{}");
            } else if (path.matches("/v1/developments/[^/]+/publish-status") && method.equals("GET")) {
                respond(exchange, 200, "application/json", "{\"DevStatus\":\"PUBLISHED\"}");
            } else {
                respond(exchange, 404, "application/json", "{\"message\":\"Not found\"}");
            }
        }
    }

    /** Form-encoded client credentials, as documented; a JSON content type is refused. */
    private void token(HttpExchange exchange) throws IOException {
        var contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (contentType == null
                || !contentType.startsWith("application/x-www-form-urlencoded")
                || !"client_credentials".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(form.get("client_id"))
                || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            respond(exchange, 401, "application/json", "{\"message\":\"Client authentication failed\"}");
            return;
        }
        tokenRequests.incrementAndGet();
        var token = "stand-in-token-" + issued.incrementAndGet();
        tokens.add(token);
        respond(
                exchange,
                200,
                "application/json",
                "{\"token_type\":\"Bearer\",\"expires_in\":2592000,\"access_token\":\"" + token + "\"}");
    }

    private boolean authorized(HttpExchange exchange) {
        var header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") && tokens.contains(header.substring(7));
    }

    private void updateByName(HttpExchange exchange, String developmentId) throws IOException {
        unitCalls.incrementAndGet();
        var contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            exchange.getResponseHeaders().add("Location", "/login");
            respond(exchange, 302, "text/html", "");
            return;
        }
        JsonNode body;
        try {
            body = JsonMapper.shared().readTree(exchange.getRequestBody().readAllBytes());
        } catch (RuntimeException unreadable) {
            respond(exchange, 400, "application/json", "{\"message\":\"Malformed JSON\"}");
            return;
        }
        var problems = problems(body);
        if (!problems.isEmpty()) {
            respond(
                    exchange,
                    422,
                    "application/json",
                    JsonMapper.shared()
                            .writeValueAsString(Map.of("message", "The given data was invalid.", "errors", problems)));
            return;
        }
        var unit =
                units.computeIfAbsent(developmentId + "/" + body.get("UntName").asString(), k -> new UnitRecord());
        if (unit.inFlight.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
        try {
            var latency = maxLatencyMs > 0 ? ThreadLocalRandom.current().nextInt(minLatencyMs, maxLatencyMs + 1) : 0;
            sleep(latency);
            var now = fault;
            if (now != Fault.NONE) {
                faultedCalls.incrementAndGet();
            }
            switch (now) {
                case NONE -> {
                    apply(unit, body);
                    respond(exchange, 200, "application/json", "{\"UntName\":" + body.get("UntName") + "}");
                }
                case UNAVAILABLE -> respond(exchange, 503, "application/json", "{\"message\":\"Service Unavailable\"}");
                case HTML_ERROR ->
                    respond(
                            exchange,
                            500,
                            "text/html",
                            "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
                                    + "<body><h1>Internal Server Error</h1></body></html>");
                case EMPTY_BODY -> respond(exchange, 502, null, "");
                case INVALID_JSON -> respond(exchange, 200, "application/json", "{\"UntName\": \"");
                case UNEXPECTED_BODY -> {
                    apply(unit, body);
                    respond(exchange, 200, "text/html", "<html><body>Welcome to Resales Online</body></html>");
                }
                case REDIRECT -> {
                    exchange.getResponseHeaders().add("Location", "https://www.resales-online.com/login");
                    respond(exchange, 302, "text/html", "<html><body>Moved</body></html>");
                }
                case SLOW -> {
                    apply(unit, body);
                    sleep(slowAnswer.toMillis());
                    respond(exchange, 200, "application/json", "{}");
                }
            }
        } finally {
            unit.inFlight.decrementAndGet();
        }
    }

    /** PropQ's 422 rules as the document gives them: every field required, the status one of the four codes. */
    private static Map<String, List<String>> problems(JsonNode body) {
        var problems = new HashMap<String, List<String>>();
        var name = body.get("UntName");
        if (name == null || !name.isString() || name.asString().isBlank()) {
            problems.put("UntName", List.of("The unt name field is required."));
        }
        var status = body.get("UntStatus");
        if (status == null || !status.isNumber() || !Set.of(1, 2, 4, 8).contains(status.asInt())) {
            problems.put("UntStatus", List.of("The selected unt status is invalid."));
        }
        var price = body.get("UntPrice");
        if (price == null || !price.isNumber() || price.decimalValue().signum() < 0) {
            problems.put("UntPrice", List.of("The unt price must be a number."));
        }
        if (body.get("UntDirections") == null || !body.get("UntDirections").isArray()) {
            problems.put("UntDirections", List.of("The unt directions must be an array."));
        }
        return problems;
    }

    /**
     * Absolute values, as update-by-name sets them. The harness only ever raises prices, so a price seen before
     * is a repeated call and a lower one than the highest seen is an older state arriving after a newer one.
     */
    private static void apply(UnitRecord unit, JsonNode body) {
        var price = body.get("UntPrice").decimalValue().stripTrailingZeros();
        synchronized (unit) {
            unit.accepted++;
            if (!unit.seen.add(price)) {
                unit.duplicates++;
            }
            if (unit.highest != null && price.compareTo(unit.highest) < 0) {
                unit.regressions++;
            } else {
                unit.highest = price;
            }
            unit.price = price;
            unit.body = body;
        }
    }

    private static void respond(HttpExchange exchange, int status, @Nullable String contentType, String body)
            throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType + "; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        var values = new HashMap<String, String>();
        for (var pair : body.split("&")) {
            var cut = pair.indexOf('=');
            if (cut > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, cut), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(cut + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        refuseConnections();
        executor.shutdownNow();
    }
}
