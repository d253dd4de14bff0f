@NullMarked
package com.propq.dashboard.propq.sandbox;

import org.jspecify.annotations.NullMarked;
