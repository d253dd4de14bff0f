@NullMarked
package com.propq.dashboard.publish;

import org.jspecify.annotations.NullMarked;
