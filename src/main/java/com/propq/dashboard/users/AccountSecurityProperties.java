package com.propq.dashboard.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in protection limits ({@code app.security.*}); the session idle timeout is Spring's own. */
@ConfigurationProperties("app.security")
record AccountSecurityProperties(int maxFailedSignIns, Duration lockoutDuration) {

    AccountSecurityProperties {
        if (maxFailedSignIns < 1) {
            throw new IllegalArgumentException("app.security.max-failed-sign-ins must be at least 1");
        }
        if (lockoutDuration == null || lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("app.security.lockout-duration must be positive");
        }
    }
}
