package com.propq.dashboard.catalog;

/** A unit's sales status, with the number PropQ uses for it ({@code UntStatus}). */
public enum UnitStatus {
    AVAILABLE(1),
    HOLD(2),
    SOLD(4),
    RESERVED(8);

    private final int propqCode;

    UnitStatus(int propqCode) {
        this.propqCode = propqCode;
    }

    public int propqCode() {
        return propqCode;
    }
}
