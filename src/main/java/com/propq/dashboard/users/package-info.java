@NullMarked
package com.propq.dashboard.users;

import org.jspecify.annotations.NullMarked;
