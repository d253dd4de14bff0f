package com.propq.dashboard.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection limits ({@code app.security.*}); the session idle timeout is Spring's own. Failures lock an
 * account for the client address they came from; an address that fails often, whatever the account, is first
 * slowed down and then refused.
 */
@ConfigurationProperties("app.security")
record AccountSecurityProperties(
        int maxFailedSignIns,
        Duration lockoutDuration,
        @DefaultValue("10") int addressSlowDownAfter,
        @DefaultValue("30") int addressMaxFailedSignIns) {

    AccountSecurityProperties {
        if (maxFailedSignIns < 1) {
            throw new IllegalArgumentException("app.security.max-failed-sign-ins must be at least 1");
        }
        if (lockoutDuration == null || lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("app.security.lockout-duration must be positive");
        }
        if (addressSlowDownAfter < 1 || addressMaxFailedSignIns < addressSlowDownAfter) {
            throw new IllegalArgumentException("app.security.address-slow-down-after must be at least 1 and at most "
                    + "app.security.address-max-failed-sign-ins");
        }
    }
}
