package com.propq.dashboard.propq;

/** A development's {@code DevStatus}: PUBLISHING, then whatever PropQ answers; unknown values are kept as they come. */
public record PublishStatus(String devStatus) {

    public static final String PUBLISHING = "PUBLISHING";

    public boolean inProgress() {
        return PUBLISHING.equals(devStatus);
    }
}
