package com.propq.dashboard.users;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    /** For counting failed sign-ins: concurrent attempts on one account wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsernameIgnoreCaseForUpdate(String username);

    /** The demo's accounts that can still sign in. */
    java.util.List<AppUser> findByDemoAccountTrueAndEnabledTrue();

    @Query("select count(distinct u) from AppUser u join u.roles r where u.enabled = true and r = :role")
    long countEnabledWithRole(Role role);
}
