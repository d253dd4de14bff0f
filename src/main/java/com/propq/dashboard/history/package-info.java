@NullMarked
package com.propq.dashboard.history;

import org.jspecify.annotations.NullMarked;
