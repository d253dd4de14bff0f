package com.propq.dashboard.base;

/** The role names used in {@code @RolesAllowed}, on views and services alike. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String AGENT = "AGENT";
    public static final String REVIEWER = "REVIEWER";

    /**
     * For {@code @PreAuthorize}: anyone signed in, roles or not. {@code @PermitAll} would let
     * anonymous callers through as well, so it is kept for reads that handle "nobody".
     */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Roles() {}
}
