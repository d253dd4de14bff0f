/**
 * Accounts, roles, sign-in protection and the security configuration.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "history", "infra"})
@NullMarked
package com.propq.dashboard.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
