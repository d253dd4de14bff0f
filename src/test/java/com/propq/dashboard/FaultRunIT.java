package com.propq.dashboard;

import com.propq.dashboard.faults.FaultInjectionIT;

/**
 * The fault run, under a name that sorts before every feature package: surefire hands test classes to its JVMs in
 * alphabetical order, and this one, the longest and mostly waiting, must start first so that the other classes
 * run beside it rather than it running alone at the end. The run itself is {@link FaultInjectionIT}.
 */
class FaultRunIT extends FaultInjectionIT {}
