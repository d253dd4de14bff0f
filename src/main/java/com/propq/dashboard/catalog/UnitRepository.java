package com.propq.dashboard.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u join fetch u.development where u.id = :id")
    Optional<Unit> findWithDevelopment(long id);

    java.util.List<Unit> findByDevelopmentId(long developmentId);

    Optional<Unit> findByDevelopmentIdAndName(long developmentId, String name);

    boolean existsByDevelopmentIdAndNameIgnoreCase(long developmentId, String name);

    /** The development's unit names in lower case, as names are compared (one query for a whole import). */
    @Query("select lower(u.name) from Unit u where u.development.id = :developmentId")
    java.util.Set<String> lowerCaseNames(long developmentId);
}
