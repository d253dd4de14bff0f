/**
 * The one PropQ client and its typed answers, tokens, the sandbox, the connection page, and whether PropQ refuses
 * our credentials ({@link com.propq.dashboard.propq.PropqCredentials}): propq keeps that fact, the delivery engine
 * (sync) reports the refusals and acceptances it sees.
 */
@ApplicationModule(allowedDependencies = {"base", "base::ui"})
@NullMarked
package com.propq.dashboard.propq;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
