package com.propq.dashboard.publish;

/** A development can have one publish in progress at a time; this is the refusal of a second one. */
public class PublishInProgressException extends RuntimeException {

    private final long requestId;

    public PublishInProgressException(long requestId) {
        super("A publish of this development is already in progress (request " + requestId + ")");
        this.requestId = requestId;
    }

    public long requestId() {
        return requestId;
    }
}
