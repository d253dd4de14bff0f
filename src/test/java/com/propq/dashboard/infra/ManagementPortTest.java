package com.propq.dashboard.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the management port a Prometheus scraper and a probe need no session; nothing else is served there, and the
 * main port no longer serves Actuator at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ManagementPortTest {

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int serverPort;

    private HttpResponse<String> get(int port, String path) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aScraperReadsTheDeliveryMetricsWithoutSigningIn() throws Exception {
        var response = get(managementPort, "/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "propq_outbox_pending",
                        "propq_outbox_parked",
                        "propq_outbox_oldest_pending_age_seconds",
                        "propq_circuit_open",
                        "propq_token_expiry_seconds");
    }

    @Test
    void theManagementPortAnswersThisMachineOnlyWhileTheMainPortAnswersEveryone() throws Exception {
        var ownAddress = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(ownAddress.isPresent(), "this machine has a network address besides loopback");
        var host = ownAddress.get().getHostAddress();

        try (var http = HttpClient.newHttpClient()) {
            assertThatThrownBy(() -> http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://" + host + ":" + managementPort + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(ConnectException.class);
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create("http://" + host + ":" + serverPort + "/login"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void healthAnswersOnTheManagementPortWithoutSigningIn() throws Exception {
        var response = get(managementPort, "/actuator/health/liveness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    void otherEndpointsAreRefusedOnTheManagementPortAndActuatorIsNotOnTheMainPort() throws Exception {
        assertThat(get(managementPort, "/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(get(managementPort, "/actuator/env").statusCode()).isIn(403, 404);
        assertThat(get(serverPort, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
    }
}
