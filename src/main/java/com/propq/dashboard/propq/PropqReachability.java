package com.propq.dashboard.propq;

import com.propq.dashboard.base.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * PropQ as the Overview shows it in live mode: reachable and signed in, credentials refused, or unreachable since
 * when. The answer is the health indicator's, so PropQ is asked at most once per {@code propq.health-cache-time}.
 */
@Service
@RolesAllowed({Roles.ADMIN, Roles.AGENT, Roles.REVIEWER})
public class PropqReachability {

    public enum State {
        SIGNED_IN,
        CREDENTIALS_REFUSED,
        UNREACHABLE
    }

    public record Reach(
            State state, Instant checkedAt, @Nullable Instant unreachableSince) {}

    private final PropqHealthIndicator health;
    private final PropqProperties properties;

    PropqReachability(PropqHealthIndicator health, PropqProperties properties) {
        this.health = health;
        this.properties = properties;
    }

    /** Only a live install has a PropQ of its own to report on; the sandbox is this app. */
    public boolean live() {
        return properties.mode() == PropqMode.LIVE;
    }

    public Reach now() {
        Map<String, Object> details = health.health().getDetails();
        var checkedAt = Instant.parse(String.valueOf(details.get("checkedAt")));
        var since = details.get("unreachableSince");
        if (since != null) {
            return new Reach(State.UNREACHABLE, checkedAt, Instant.parse(since.toString()));
        }
        return new Reach(
                Boolean.TRUE.equals(details.get("authenticated")) ? State.SIGNED_IN : State.CREDENTIALS_REFUSED,
                checkedAt,
                null);
    }
}
