package com.propq.dashboard.propq.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the simulated portal holds for one unit, as last accepted by update-by-name. */
public record SandboxUnit(
        String developmentId,
        String name,
        int status,
        BigDecimal price,
        List<String> directions,
        Instant updatedAt,
        int updates) {}
