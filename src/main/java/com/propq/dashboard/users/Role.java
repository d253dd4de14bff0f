package com.propq.dashboard.users;

/** What a user may do; a user may hold several. */
public enum Role {
    ADMIN,
    AGENT,
    REVIEWER
}
