package com.propq.dashboard.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentRepository extends JpaRepository<Development, Long> {

    boolean existsByPropqIdAndIdNot(String propqId, long id);
}
