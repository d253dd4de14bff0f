/**
 * The one PropQ client and its typed answers, tokens, the sandbox, the connection page. The connection page learns
 * of refused credentials through {@link com.propq.dashboard.propq.CredentialsRefusal}, which sync answers.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui"})
package com.propq.dashboard.propq;

import org.springframework.modulith.ApplicationModule;
