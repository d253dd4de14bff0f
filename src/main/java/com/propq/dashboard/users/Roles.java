package com.propq.dashboard.users;

/** The role names used in {@code @RolesAllowed}, on views and services alike. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String AGENT = "AGENT";
    public static final String REVIEWER = "REVIEWER";

    private Roles() {
    }
}
