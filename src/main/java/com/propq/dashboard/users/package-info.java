/**
 * Accounts, roles, sign-in protection and the security configuration.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui", "history", "infra"})
package com.propq.dashboard.users;

import org.springframework.modulith.ApplicationModule;
