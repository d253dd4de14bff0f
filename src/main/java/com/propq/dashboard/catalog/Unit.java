package com.propq.dashboard.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A unit of a development. Its name is PropQ's key, so it is set once and never changed. */
@Entity
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "development_id", nullable = false, updatable = false)
    private Development development;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitStatus status;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal price;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] directions = new String[0];

    private @Nullable String block;

    private @Nullable Integer floor;

    private @Nullable Integer bedrooms;

    @Column(name = "built_area", precision = 10, scale = 2)
    private @Nullable BigDecimal builtArea;

    private @Nullable String notes;

    @Column(name = "hold_reason")
    private @Nullable String holdReason;

    @Column(name = "hold_until")
    private @Nullable LocalDate holdUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Unit() {}

    Unit(
            Development development,
            String name,
            UnitStatus status,
            BigDecimal price,
            Set<Direction> directions,
            @Nullable String block,
            @Nullable Integer floor,
            @Nullable Integer bedrooms,
            @Nullable BigDecimal builtArea,
            Instant now) {
        this.development = development;
        this.name = name;
        this.status = status;
        this.price = price;
        setDirections(directions);
        this.block = block;
        this.floor = floor;
        this.bedrooms = bedrooms;
        this.builtArea = builtArea;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new unit with all of its values (a hold's reason and expiry as {@link #apply} keeps them). */
    Unit(Development development, String name, UnitValues values, Instant now) {
        this(
                development,
                name,
                values.status(),
                values.price(),
                values.directions(),
                values.block(),
                values.floor(),
                values.bedrooms(),
                values.builtArea(),
                now);
        apply(values, now);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    UnitStatus getStatus() {
        return status;
    }

    BigDecimal getPrice() {
        return price;
    }

    Set<Direction> getDirections() {
        var set = EnumSet.noneOf(Direction.class);
        Arrays.stream(directions).map(Direction::valueOf).forEach(set::add);
        return set;
    }

    /** Stored in compass order, so equal sets always compare and serialise alike. */
    void setDirections(Set<Direction> directions) {
        this.directions = EnumSet.copyOf(directions.isEmpty() ? EnumSet.noneOf(Direction.class) : directions).stream()
                .map(Direction::name)
                .toArray(String[]::new);
    }

    Development getDevelopment() {
        return development;
    }

    @Nullable
    String getBlock() {
        return block;
    }

    @Nullable
    Integer getFloor() {
        return floor;
    }

    @Nullable
    Integer getBedrooms() {
        return bedrooms;
    }

    @Nullable
    BigDecimal getBuiltArea() {
        return builtArea;
    }

    @Nullable
    String getNotes() {
        return notes;
    }

    @Nullable
    String getHoldReason() {
        return holdReason;
    }

    @Nullable
    LocalDate getHoldUntil() {
        return holdUntil;
    }

    long getVersion() {
        return version;
    }

    /** Applies an edit; a hold's reason and expiry exist only while the unit is on hold. */
    void apply(UnitValues values, Instant now) {
        var stored = stored(values);
        this.status = stored.status();
        this.price = stored.price();
        setDirections(stored.directions());
        this.block = stored.block();
        this.floor = stored.floor();
        this.bedrooms = stored.bedrooms();
        this.builtArea = stored.builtArea();
        this.notes = stored.notes();
        this.holdReason = stored.holdReason();
        this.holdUntil = stored.holdUntil();
        this.updatedAt = now;
    }

    /** The values as a unit holds them once applied: a hold's reason and expiry only while on hold. */
    static UnitValues stored(UnitValues values) {
        boolean hold = values.status() == UnitStatus.HOLD;
        return new UnitValues(
                values.status(),
                values.price(),
                values.directions(),
                values.block(),
                values.floor(),
                values.bedrooms(),
                values.builtArea(),
                values.notes(),
                hold ? values.holdReason() : null,
                hold ? values.holdUntil() : null);
    }

    UnitValues values() {
        return new UnitValues(
                status, price, getDirections(), block, floor, bedrooms, builtArea, notes, holdReason, holdUntil);
    }

    UnitDetails details() {
        return new UnitDetails(getId(), getDevelopment().getId(), getName(), values(), getVersion());
    }
}
