package com.propq.dashboard.propq;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether PropQ refuses even a fresh token (the client id or secret is wrong): a fact about the PropQ connection,
 * shown on its page. The delivery engine (sync) is what sees the refusals, so it answers through this port and
 * the connection page does not depend on sync.
 */
public interface CredentialsRefusal {

    /** Since when PropQ refuses even a fresh token; null when it does not. */
    @Nullable Instant credentialsRefusedSince();
}
