package com.propq.dashboard.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A new-build development, known to PropQ by its development id. */
@Entity
class Development {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_seq")
    @SequenceGenerator(name = "development_seq", sequenceName = "development_seq", allocationSize = 50)
    private Long id;

    @Column(name = "propq_id", nullable = false)
    private String propqId;

    @Column(nullable = false)
    private String name;

    private @Nullable String location;

    private @Nullable String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Development() {}

    Development(String propqId, String name, @Nullable String location, @Nullable String notes, Instant now) {
        this.propqId = propqId;
        this.name = name;
        this.location = location;
        this.notes = notes;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getPropqId() {
        return propqId;
    }

    String getName() {
        return name;
    }

    @Nullable
    String getLocation() {
        return location;
    }

    @Nullable
    String getNotes() {
        return notes;
    }

    long getVersion() {
        return version;
    }

    void edit(String propqId, String name, @Nullable String location, @Nullable String notes, Instant now) {
        this.propqId = propqId;
        this.name = name;
        this.location = location;
        this.notes = notes;
        this.updatedAt = now;
    }
}
