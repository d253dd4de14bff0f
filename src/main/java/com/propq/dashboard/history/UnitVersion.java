package com.propq.dashboard.history;

/** One catalog state of a unit: the unit and its version. */
public record UnitVersion(long unitId, long version) {}
