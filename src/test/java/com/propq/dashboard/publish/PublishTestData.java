package com.propq.dashboard.publish;

import com.propq.dashboard.propq.sandbox.PropqSandbox;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Developments for publish tests, each test's clean slate, and what the publish tables hold. */
final class PublishTestData {

    private final JdbcClient jdbc;

    PublishTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Nothing queued, nothing in progress (earlier tests' requests stop polling), a fresh sandbox. */
    void cleanSlate(PropqSandbox sandbox) {
        jdbc.sql("delete from outbox").update();
        jdbc.sql("update publish_request set state = 'FAILED', finished_at = now(), error = 'test clean slate' "
                        + "where state in ('QUEUED', 'PUBLISHING')")
                .update();
        sandbox.reset();
    }

    /** A development the sandbox knows (RO-DEV-digits). */
    long development() {
        return development("RO-DEV-" + ThreadLocalRandom.current().nextInt(100_000_000, Integer.MAX_VALUE));
    }

    long development(String propqId) {
        return jdbc.sql("insert into development (propq_id, name) values (:propqId, :name) returning id")
                .param("propqId", propqId)
                .param("name", "Publish Test " + propqId)
                .query(Long.class)
                .single();
    }

    Map<String, Object> request(long id) {
        return jdbc.sql("select * from publish_request where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    String state(long id) {
        return (String) request(id).get("state");
    }

    List<String> steps(long requestId) {
        return jdbc.sql("select status from publish_status_event where request_id = :id order by first_seen_at, id")
                .param("id", requestId)
                .query(String.class)
                .list();
    }

    int observations(long requestId) {
        return jdbc.sql("select coalesce(sum(observations), 0) from publish_status_event where request_id = :id")
                .param("id", requestId)
                .query(Integer.class)
                .single();
    }
}
