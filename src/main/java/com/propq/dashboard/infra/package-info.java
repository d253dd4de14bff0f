/**
 * Running the application: the embedded PostgreSQL, the app mode (demo or production), start-up markers, the
 * management port's security.
 */
@ApplicationModule(allowedDependencies = {"base", "propq"})
@NullMarked
package com.propq.dashboard.infra;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
