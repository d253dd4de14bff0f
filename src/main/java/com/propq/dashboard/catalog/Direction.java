package com.propq.dashboard.catalog;

/** A compass point a unit faces; PropQ receives them as a JSON array of these names. */
public enum Direction {
    N,
    NE,
    E,
    SE,
    S,
    SW,
    W,
    NW
}
