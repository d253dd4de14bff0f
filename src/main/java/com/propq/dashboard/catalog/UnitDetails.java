package com.propq.dashboard.catalog;

/** One unit as its editor shows it: identity, editable values, version for optimistic locking. */
public record UnitDetails(long id, long developmentId, String name, UnitValues values, long version) {}
