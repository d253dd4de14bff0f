package com.propq.dashboard.sync;

/** One catalog state of a unit: the unit and its version. */
public record UnitVersion(long unitId, long version) {
}
