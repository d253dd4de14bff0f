package com.propq.dashboard.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person who signs in; the password is kept only as a hash of Spring Security's delegating encoder. */
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String language = "en";

    private @Nullable String region;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /** Created by the demo with a password the README prints: never allowed to sign in outside demo mode. */
    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AppUser() {}

    /** Without a usable password until {@link Passwords#set} gives it one, before the first save. */
    AppUser(String username, String displayName, Set<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = "";
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language, Instant now) {
        this.language = language;
        this.updatedAt = now;
    }

    @Nullable
    String getRegion() {
        return region;
    }

    void setRegion(@Nullable String region, Instant now) {
        this.region = region;
        this.updatedAt = now;
    }

    void setDisplayName(String displayName, Instant now) {
        this.displayName = displayName;
        this.updatedAt = now;
    }

    void setEmail(@Nullable String email, Instant now) {
        this.email = email;
        this.updatedAt = now;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Only {@link Passwords} sets a password: it checks the rules first. */
    void setPassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.updatedAt = now;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    @Nullable
    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more failed sign-in; the count starts again once an earlier lock has run out. */
    void recordFailedSignIn(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
    }

    void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    void clearFailedSignIns() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    boolean isDemoAccount() {
        return demoAccount;
    }

    void setDemoAccount(boolean demoAccount) {
        this.demoAccount = demoAccount;
    }

    long getSessionEpoch() {
        return sessionEpoch;
    }

    /** Ends every open session of this user at its next request (see AccountStateFilter). */
    void endAllSessions() {
        this.sessionEpoch++;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Set<Role> roles, Instant now) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.updatedAt = now;
    }
}
