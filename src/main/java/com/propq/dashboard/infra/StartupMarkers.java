package com.propq.dashboard.infra;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Remembers one-time start-up jobs in the database, so that on many instances each runs only once. */
@Component
public class StartupMarkers {

    private final JdbcClient jdbc;

    StartupMarkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the job; true only for the first caller ever (call it inside the job's transaction). */
    public boolean claim(String job) {
        return jdbc.sql("insert into startup_marker (name) values (:name) on conflict do nothing")
                        .param("name", job)
                        .update()
                == 1;
    }
}
