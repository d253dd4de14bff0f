@NullMarked
package com.propq.dashboard.infra;

import org.jspecify.annotations.NullMarked;
