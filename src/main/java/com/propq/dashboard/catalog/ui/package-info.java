/** The catalog's pages and the components other pages place or link to (the development pages). */
@NamedInterface("ui")
package com.propq.dashboard.catalog.ui;

import org.springframework.modulith.NamedInterface;
