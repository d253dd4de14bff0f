package com.propq.dashboard.catalog;

import com.propq.dashboard.infra.AppMode;
import com.propq.dashboard.infra.StartupMarkers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills an empty demo catalog once: a few Costa del Sol developments, about 300 units in all. */
@Component
@Order(20)
class DemoCatalogSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogSeeder.class);

    private record Plan(
            String propqId, String name, String location, int blocks, int floors, int doors, int basePrice) {}

    private static final List<Plan> PLANS = List.of(
            new Plan("RO-DEV-1001", "Marbella Golden Hills", "Nueva Andalucía, Marbella", 3, 4, 6, 640_000),
            new Plan("RO-DEV-1002", "Estepona Sea Breeze", "New Golden Mile, Estepona", 2, 5, 6, 415_000),
            new Plan("RO-DEV-1003", "Benahavís Sky Terraces", "La Quinta, Benahavís", 2, 3, 6, 780_000),
            new Plan("RO-DEV-1004", "Mijas Costa Palms", "La Cala de Mijas", 2, 4, 6, 365_000),
            new Plan("RO-DEV-1005", "Fuengirola Marina Views", "Los Boliches, Fuengirola", 3, 3, 6, 298_000),
            new Plan("RO-DEV-1006", "Sotogrande Pine Gardens", "Sotogrande, San Roque", 1, 5, 6, 1_150_000));

    private static final Direction[] COMPASS = Direction.values();

    private final AppMode mode;
    private final StartupMarkers markers;
    private final DevelopmentRepository developments;
    private final UnitRepository units;

    DemoCatalogSeeder(AppMode mode, StartupMarkers markers, DevelopmentRepository developments, UnitRepository units) {
        this.mode = mode;
        this.markers = markers;
        this.developments = developments;
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || !markers.claim("demo-catalog")) {
            return;
        }
        var random = new Random(2026);
        var now = Instant.now();
        var created = new ArrayList<Unit>();
        for (var plan : PLANS) {
            var development =
                    developments.save(new Development(plan.propqId(), plan.name(), plan.location(), null, now));
            for (int b = 0; b < plan.blocks(); b++) {
                var block = String.valueOf((char) ('A' + b));
                for (int floor = 0; floor < plan.floors(); floor++) {
                    for (int door = 1; door <= plan.doors(); door++) {
                        created.add(unit(development, plan, block, floor, door, random, now));
                    }
                }
            }
        }
        units.saveAll(created);
        log.info("Seeded the demo catalog: {} developments, {} units", PLANS.size(), created.size());
    }

    private static Unit unit(
            Development development, Plan plan, String block, int floor, int door, Random random, Instant now) {
        int bedrooms = 1 + random.nextInt(4);
        var builtArea = BigDecimal.valueOf(48 + bedrooms * 28 + random.nextInt(25));
        double factor = (0.75 + bedrooms * 0.18) * (1 + floor * 0.035) * (0.95 + random.nextDouble() * 0.1);
        var price = BigDecimal.valueOf(plan.basePrice() * factor)
                .setScale(-3, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.UNNECESSARY);
        return new Unit(
                development,
                "%s-%d-%02d".formatted(block, floor, door),
                status(random),
                price,
                directions(random),
                block,
                floor,
                bedrooms,
                builtArea,
                now);
    }

    private static UnitStatus status(Random random) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return UnitStatus.AVAILABLE;
        }
        if (roll < 65) {
            return UnitStatus.HOLD;
        }
        return roll < 90 ? UnitStatus.SOLD : UnitStatus.RESERVED;
    }

    /** One to three neighbouring compass points, as a real façade faces. */
    private static Set<Direction> directions(Random random) {
        int start = random.nextInt(COMPASS.length);
        int count = 1 + random.nextInt(3);
        var set = EnumSet.noneOf(Direction.class);
        for (int i = 0; i < count; i++) {
            set.add(COMPASS[(start + i) % COMPASS.length]);
        }
        return set;
    }
}
