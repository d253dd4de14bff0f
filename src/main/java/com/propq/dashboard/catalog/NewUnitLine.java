package com.propq.dashboard.catalog;

/** A unit a price list creates: its name (new in the development) and every value it starts with. */
public record NewUnitLine(long lineNumber, String name, UnitValues values) {}
