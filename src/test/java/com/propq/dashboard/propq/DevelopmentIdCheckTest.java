package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.DevelopmentIdCheck.Verdict.Kind;
import com.propq.dashboard.propq.sandbox.PropqSandbox;
import com.propq.dashboard.propq.sandbox.SandboxSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * "Check at PropQ" asks publish-status for an id, over real HTTP against the sandbox, which answers by its own
 * rules: it knows the ids matching {@code propq.sandbox.development-ids} and answers 404 for the others.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "agent-check", roles = "AGENT")
class DevelopmentIdCheckTest {

    @Autowired
    DevelopmentIdCheck check;

    @Autowired
    PropqSandbox sandbox;

    @Test
    void anIdPropqDoesNotKnowIsReportedAsUnknown() {
        assertThat(check.check("ALCAIDESA-1").kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void anIdPropqKnowsShowsTheDevStatusItReturned() {
        var verdict = check.check(" RO-DEV-4242 ");

        assertThat(verdict.kind()).isEqualTo(Kind.KNOWN);
        assertThat(verdict.devStatus()).isEqualTo("DRAFT");
    }

    @Test
    void anyOtherAnswerIsPropqsAnswerWithItsStatus() {
        sandbox.startOutage(SandboxSettings.Outage.Kind.SERVER_ERROR, Duration.ofMinutes(1));
        try {
            var verdict = check.check("RO-DEV-4243");

            assertThat(verdict.kind()).isEqualTo(Kind.OTHER);
            assertThat(verdict.status()).isEqualTo(503);
            assertThat(verdict.answer()).isNotBlank();
        } finally {
            sandbox.endOutage();
        }
    }
}
