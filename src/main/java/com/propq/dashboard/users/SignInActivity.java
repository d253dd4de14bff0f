package com.propq.dashboard.users;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a user's account has been used lately, from the sign-in record: their last sign-in (none if they never signed
 * in) and the failed attempts on their username within {@link UserAdminService#RECENT_FAILURES}, counted even after
 * a successful sign-in has reset the lockout counter.
 */
public record SignInActivity(@Nullable Instant lastSignIn, int recentFailures) {

    public static final SignInActivity NONE = new SignInActivity(null, 0);
}
