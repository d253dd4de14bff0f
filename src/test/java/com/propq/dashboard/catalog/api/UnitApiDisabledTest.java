package com.propq.dashboard.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.users.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Off by default: the API answers 404 to everyone, valid credentials or not, and asks for none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitApiDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void withTheApiOffEveryApiPathIs404EvenWithValidCredentials() {
        var demo = DemoAccounts.DEFAULT;
        var signedIn = new ApiClient(port).as(demo.agentUsername(), demo.agentPassword());

        for (var answer : java.util.List.of(
                signedIn.get("/api/v1/units/1"),
                signedIn.patch("/api/v1/units/1", "{\"expectedVersion\":0,\"price\":1}"),
                new ApiClient(port).get("/api/v1/units/1"))) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.header("WWW-Authenticate")).isNull();
            assertThat(answer.header("Set-Cookie")).isNull();
            assertThat(answer.body()).isEmpty();
        }
    }
}
