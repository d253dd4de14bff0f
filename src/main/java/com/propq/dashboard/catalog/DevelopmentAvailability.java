package com.propq.dashboard.catalog;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** One development's units and asking prices by status, as the overview's stacked bar shows them. */
public record DevelopmentAvailability(
        long id, String name, Map<UnitStatus, Integer> units, Map<UnitStatus, BigDecimal> askingPrices) {

    public DevelopmentAvailability {
        units = Map.copyOf(units);
        askingPrices = Map.copyOf(askingPrices);
    }

    public int units(UnitStatus status) {
        return units.getOrDefault(status, 0);
    }

    public BigDecimal askingPrice(UnitStatus status) {
        return askingPrices.getOrDefault(status, BigDecimal.ZERO);
    }

    public int totalUnits() {
        return units.values().stream().mapToInt(Integer::intValue).sum();
    }

    public BigDecimal totalAskingPrice() {
        return askingPrices.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sums of several developments (the overview's totals line). */
    public static DevelopmentAvailability total(Iterable<DevelopmentAvailability> all) {
        var units = new EnumMap<UnitStatus, Integer>(UnitStatus.class);
        var prices = new EnumMap<UnitStatus, BigDecimal>(UnitStatus.class);
        for (var d : all) {
            d.units.forEach((s, n) -> units.merge(s, n, Integer::sum));
            d.askingPrices.forEach((s, p) -> prices.merge(s, p, BigDecimal::add));
        }
        return new DevelopmentAvailability(0, "", units, prices);
    }
}
