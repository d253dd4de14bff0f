package com.propq.dashboard.sync;

import java.util.Map;

/** The delivery batches still on their way, by development and for all developments together. */
public record DeliveryProgressBoard(Map<Long, DeliveryProgress> byDevelopment, DeliveryProgress all) {

    public static final DeliveryProgressBoard NONE = new DeliveryProgressBoard(Map.of(), DeliveryProgress.NONE);

    public DeliveryProgressBoard {
        byDevelopment = Map.copyOf(byDevelopment);
    }

    public DeliveryProgress of(long developmentId) {
        return byDevelopment.getOrDefault(developmentId, DeliveryProgress.NONE);
    }
}
