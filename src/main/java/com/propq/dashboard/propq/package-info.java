@NullMarked
package com.propq.dashboard.propq;

import org.jspecify.annotations.NullMarked;
