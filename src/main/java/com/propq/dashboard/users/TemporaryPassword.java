package com.propq.dashboard.users;

/** A generated password, shown to the admin once and never stored in clear; never logged. */
public record TemporaryPassword(String username, String password) {

    @Override
    public String toString() {
        return "TemporaryPassword[username=" + username + ", password=****]";
    }
}
