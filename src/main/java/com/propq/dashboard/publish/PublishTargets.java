package com.propq.dashboard.publish;

import java.util.Optional;

/**
 * The development a publish is for, as the catalog knows it. Publish owns the question and the catalog answers
 * it: the catalog's pages start publishes and show their state, so publish must not depend on the catalog.
 */
public interface PublishTargets {

    Optional<Target> development(long developmentId);

    /** What a publish request records of its development. */
    record Target(String propqId, String name) {}
}
