/**
 * Running the application: the embedded PostgreSQL, the app mode (demo or production), start-up markers, the
 * management port's security.
 */
@ApplicationModule(allowedDependencies = {"base", "propq"})
package com.propq.dashboard.infra;

import org.springframework.modulith.ApplicationModule;
