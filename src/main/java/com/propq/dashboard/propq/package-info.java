/**
 * The one PropQ client and its typed answers, tokens, the sandbox, the connection page. The connection page learns
 * of refused credentials through {@link com.propq.dashboard.propq.CredentialsRefusal}, which sync answers.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui"})
@NullMarked
package com.propq.dashboard.propq;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
