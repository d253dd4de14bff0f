package com.propq.dashboard.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentRepository extends JpaRepository<Development, Long> {

    Optional<Development> findByPropqId(String propqId);
}
