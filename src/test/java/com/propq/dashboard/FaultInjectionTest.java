package com.propq.dashboard;

import com.propq.dashboard.faults.FaultInjectionRun;

/**
 * The fault run, in its own test JVM beside the others. It lives here, at the top of the test tree, because
 * surefire hands classes out in alphabetical order: so it starts first, and its minutes of waiting for outages
 * and restarts pass while the other JVMs run the rest of the suite, instead of at the end.
 */
class FaultInjectionTest extends FaultInjectionRun {}
