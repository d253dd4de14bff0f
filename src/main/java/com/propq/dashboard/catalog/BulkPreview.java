package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.util.List;

/** Every unit's before and after, and the asking-price totals, before anything is applied. */
public record BulkPreview(long developmentId, BulkAction action, String reason, List<BulkLine> lines) {

    public BulkPreview {
        lines = List.copyOf(lines);
    }

    public BigDecimal totalBefore() {
        return lines.stream().map(l -> l.before().price()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalAfter() {
        return lines.stream().map(l -> l.after().price()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long changedCount() {
        return lines.stream().filter(BulkLine::changes).count();
    }
}
