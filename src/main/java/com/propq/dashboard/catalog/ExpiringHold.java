package com.propq.dashboard.catalog;

import java.time.LocalDate;

/** A unit on hold whose hold ends soon: the overview lists them among the things that need attention. */
public record ExpiringHold(
        long unitId, String unitName, long developmentId, String developmentName, LocalDate holdUntil) {}
