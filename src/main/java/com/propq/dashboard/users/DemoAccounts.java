package com.propq.dashboard.users;

/**
 * The demo users' sign-in details. They exist only in demo mode (embedded database and PropQ
 * sandbox), which is why their passwords may be shown on the login page.
 */
public record DemoAccounts(
        String agentUsername, String agentPassword, String reviewerUsername, String reviewerPassword) {

    public static final DemoAccounts DEFAULT =
            new DemoAccounts("agent", "agent-demo-2026", "reviewer", "reviewer-demo-2026");
}
