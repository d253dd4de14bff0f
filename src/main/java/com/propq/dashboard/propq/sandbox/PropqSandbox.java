package com.propq.dashboard.propq.sandbox;

import com.propq.dashboard.propq.PropqModeCondition;
import com.propq.dashboard.propq.PropqProperties;
import com.propq.dashboard.propq.PublishStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The simulated portal's state: units as last updated, publishes, issued-token generation, request counters and
 * the fault switches. Kept in memory: it is a simulator for one instance, not a second source of truth.
 * Tests and the admin page drive it directly; {@link SandboxController} serves it over HTTP.
 */
@Component
@Conditional(PropqModeCondition.Sandbox.class)
public class PropqSandbox {

    /** The API operations, for counting requests. */
    public enum Operation {
        TOKEN,
        ME,
        UPDATE_UNIT,
        PUBLISH,
        PUBLISH_STATUS
    }

    /** A bound on what the simulator keeps in memory, far above any real catalog. */
    public static final int MAX_UNITS = 200_000;

    private record UnitKey(String developmentId, String name) {}

    private record Publish(Instant requestedAt, String outcome) {}

    private final Clock clock;
    private final PropqProperties.Sandbox config;
    private final Pattern knownDevelopments;
    private final SandboxTokens tokens;
    private final Map<UnitKey, SandboxUnit> units = new ConcurrentHashMap<>();
    private final Map<String, Publish> publishes = new ConcurrentHashMap<>();
    private final Map<Operation, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<UnitKey, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger maxInFlightPerUnit = new AtomicInteger();
    private final AtomicLong tokenGeneration = new AtomicLong();
    private volatile SandboxSettings settings;

    PropqSandbox(PropqProperties properties, Clock clock) {
        this.clock = clock;
        this.config = properties.sandbox();
        this.knownDevelopments = Pattern.compile(config.developmentIds());
        this.tokens = new SandboxTokens(config.clientSecret());
        this.settings = defaults();
    }

    public SandboxSettings settings() {
        return settings;
    }

    public void apply(SandboxSettings newSettings) {
        settings = newSettings;
    }

    /** Every request fails as {@code kind} for {@code duration} from now. */
    public void startOutage(SandboxSettings.Outage.Kind kind, Duration duration) {
        settings = settings.withOutage(
                new SandboxSettings.Outage(kind, clock.instant().plus(duration)));
    }

    public void endOutage() {
        settings = settings.withOutage(null);
    }

    /** The outage in force now, if any. */
    public Optional<SandboxSettings.Outage> activeOutage() {
        var outage = settings.outage();
        return outage != null && outage.activeAt(clock.instant()) ? Optional.of(outage) : Optional.empty();
    }

    /** Every token issued so far is refused from now on (401), as if PropQ had revoked them. */
    public void expireAllTokens() {
        tokenGeneration.incrementAndGet();
    }

    /** Back to a fresh portal: no units, no publishes, counters at zero, default settings. Issued tokens stay valid. */
    public void reset() {
        units.clear();
        publishes.clear();
        requests.clear();
        inFlight.clear();
        maxInFlightPerUnit.set(0);
        settings = defaults();
    }

    /** What the portal holds, by development and unit name. */
    public List<SandboxUnit> units() {
        return units.values().stream()
                .sorted(Comparator.comparing(SandboxUnit::developmentId).thenComparing(SandboxUnit::name))
                .toList();
    }

    public Optional<SandboxUnit> unit(String developmentId, String name) {
        return Optional.ofNullable(units.get(new UnitKey(developmentId, name)));
    }

    public int requests(Operation operation) {
        var count = requests.get(operation);
        return count == null ? 0 : count.get();
    }

    /** The most update-by-name requests for one unit that were ever being handled at the same time. */
    public int maxInFlightPerUnit() {
        return maxInFlightPerUnit.get();
    }

    public boolean knowsDevelopment(String developmentId) {
        return knownDevelopments.matcher(developmentId).matches();
    }

    public String knownDevelopmentsPattern() {
        return knownDevelopments.pattern();
    }

    public String clientId() {
        return config.clientId();
    }

    // --- used by the HTTP side ---------------------------------------------------------------------------

    void count(Operation operation) {
        requests.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    }

    /** Marks an update of the unit as being handled; the returned handle ends it, and the last one forgets it. */
    AutoCloseable enter(String developmentId, String name) {
        var key = new UnitKey(developmentId, name);
        var counter = inFlight.compute(key, (k, count) -> {
            var c = count == null ? new AtomicInteger() : count;
            c.incrementAndGet();
            return c;
        });
        maxInFlightPerUnit.accumulateAndGet(counter.get(), Math::max);
        return () -> inFlight.computeIfPresent(key, (k, count) -> count.decrementAndGet() == 0 ? null : count);
    }

    /** Units with an update being handled right now. */
    public int unitsInFlight() {
        return inFlight.size();
    }

    boolean acceptsClient(@Nullable String clientId, @Nullable String clientSecret) {
        return config.clientId().equals(clientId) && config.clientSecret().equals(clientSecret);
    }

    String issueToken() {
        return tokens.issue(tokenGeneration.get(), clock.instant().plus(settings.tokenLifetime()));
    }

    boolean acceptsToken(@Nullable String token) {
        return tokens.isValid(token, tokenGeneration.get(), clock.instant());
    }

    /** Stores the unit; false, storing nothing, when it is new and the portal already holds {@link #MAX_UNITS}. */
    boolean store(String developmentId, String name, int status, BigDecimal price, List<String> directions) {
        var key = new UnitKey(developmentId, name);
        if (units.size() >= MAX_UNITS && !units.containsKey(key)) {
            return false;
        }
        units.compute(
                key,
                (k, old) -> new SandboxUnit(
                        developmentId,
                        name,
                        status,
                        price,
                        List.copyOf(directions),
                        clock.instant(),
                        old == null ? 1 : old.updates() + 1));
        return true;
    }

    void publish(String developmentId) {
        if (publishes.size() >= MAX_UNITS && !publishes.containsKey(developmentId)) {
            // Bounded like the units; a simulator may forget old publishes.
            publishes.clear();
        }
        publishes.put(developmentId, new Publish(clock.instant(), settings.publishOutcome()));
    }

    /** PUBLISHING until the (current) delay has passed since the request, then the outcome fixed at request time. */
    String publishStatus(String developmentId) {
        var publish = publishes.get(developmentId);
        if (publish == null) {
            return "DRAFT";
        }
        var done = !clock.instant().isBefore(publish.requestedAt().plus(settings.publishDelay()));
        return done ? publish.outcome() : PublishStatus.PUBLISHING;
    }

    private SandboxSettings defaults() {
        return new SandboxSettings(
                Duration.ZERO, null, 0, SandboxSettings.PUBLISHED, config.publishDelay(), config.tokenLifetime());
    }
}
