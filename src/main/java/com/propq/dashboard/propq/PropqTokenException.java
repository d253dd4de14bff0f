package com.propq.dashboard.propq;

import com.propq.dashboard.propq.PropqOutcome.Failure;

/** The token endpoint did not give us a token; carries the typed reason. The message never holds a secret. */
final class PropqTokenException extends RuntimeException {

    private final transient Failure<?> failure;

    PropqTokenException(Failure<?> failure) {
        super("PropQ token request failed: " + failure.getClass().getSimpleName() + " (status " + failure.status()
                + ")");
        this.failure = failure;
    }

    Failure<?> failure() {
        return failure;
    }
}
