package com.propq.dashboard.publish;

/** Where a publish request stands; the DevStatus PropQ reported is kept beside it, exactly as received. */
public enum PublishState {
    /** Waiting in the outbox until the development's pending unit changes are delivered. */
    QUEUED,
    /** PropQ accepted {@code POST /publish}; its status is being polled. */
    PUBLISHING,
    /** The status left PUBLISHING; the final DevStatus is the request's last status. */
    FINISHED,
    /** PropQ refused the publish or the status request (its answer is the request's error). */
    FAILED,
    /** Still PUBLISHING after {@code app.publish.timeout}: polling stopped. */
    TIMED_OUT;

    public boolean inProgress() {
        return this == QUEUED || this == PUBLISHING;
    }
}
