package com.propq.dashboard.infra;

/** Present as a bean only when the app runs on its embedded PostgreSQL (one condition of demo mode). */
public final class EmbeddedDatabaseMarker {
    EmbeddedDatabaseMarker() {}
}
