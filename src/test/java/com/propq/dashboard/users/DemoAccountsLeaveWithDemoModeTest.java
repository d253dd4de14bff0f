package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.PropqDashboardApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo accounts never outlive demo mode. The app starts in demo mode on a data folder, then again on
 * the same folder with demo mode off: the demo agent's public password opens neither the sign-in page nor the
 * unit API any more, and the log says why.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsLeaveWithDemoModeTest {

    private static final DemoAccounts DEMO = DemoAccounts.DEFAULT;

    @TempDir
    Path dataFolder;

    private ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(PropqDashboardApplication.class)
                .run(
                        "--app.embedded-db.dir=" + dataFolder.resolve("pgdata"),
                        "--server.port=0",
                        "--app.api.enabled=true",
                        "--app.demo.enabled=" + demo);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** The unit API's answer to the demo agent's Basic credentials. */
    private static int apiStatus(int port) throws Exception {
        var basic = Base64.getEncoder()
                .encodeToString((DEMO.agentUsername() + ":" + DEMO.agentPassword()).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units/1"))
                                .header("Authorization", "Basic " + basic)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void theDemoAgentCannotSignInOnceTheSameDataStartsWithoutDemoMode(CapturedOutput output) throws Exception {
        try (var demo = start(true)) {
            assertThat(new SignInClient(port(demo)).signIn(DEMO.agentUsername(), DEMO.agentPassword()))
                    .isEqualTo("302 /");
            assertThat(apiStatus(port(demo))).isNotEqualTo(401);
        }

        try (var live = start(false)) {
            assertThat(new SignInClient(port(live)).signIn(DEMO.agentUsername(), DEMO.agentPassword()))
                    .isEqualTo(SignInProtectionTest.REFUSED);
            assertThat(apiStatus(port(live))).isEqualTo(401);
            assertThat(new SignInClient(port(live)).get("/login")).isEqualTo("200");
        }
        assertThat(output.getOut().lines().filter(l -> l.contains("Demo mode is off: disabled the demo accounts")))
                .singleElement()
                .asString()
                .contains("[agent, reviewer]");
    }
}
