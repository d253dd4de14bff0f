@NullMarked
package com.propq.dashboard.sync;

import org.jspecify.annotations.NullMarked;
