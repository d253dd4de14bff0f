@NullMarked
package com.propq.managementcontext;

import org.jspecify.annotations.NullMarked;
