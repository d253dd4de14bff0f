package com.propq.dashboard.propq;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Beans that exist only in one {@link PropqMode}, decided by {@link PropqProperties#mode()} so that there is one
 * definition of "sandbox". A Condition rather than a SpEL expression, so that the secret never enters an
 * expression (or the message of an expression that fails to parse).
 */
public abstract sealed class PropqModeCondition implements Condition
        permits PropqModeCondition.Sandbox, PropqModeCondition.Live {

    private final PropqMode mode;

    PropqModeCondition(PropqMode mode) {
        this.mode = mode;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        var properties = new PropqProperties(
                env.getProperty("propq.base-url", ""),
                env.getProperty("propq.client-id"),
                env.getProperty("propq.client-secret"));
        return properties.mode() == mode;
    }

    /** No credentials: the built-in simulator. */
    public static final class Sandbox extends PropqModeCondition {
        public Sandbox() {
            super(PropqMode.SANDBOX);
        }
    }

    /** Credentials configured: the real PropQ. */
    public static final class Live extends PropqModeCondition {
        public Live() {
            super(PropqMode.LIVE);
        }
    }
}
