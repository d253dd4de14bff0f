package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A fresh installation always has a way in: the first admin, and in demo mode the demo users. */
@SpringBootTest
class InitialUsersTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theFirstStartCreatesAdminWithTheConfiguredPasswordStoredAsABcryptHash() {
        var admin = users.findByUsernameIgnoreCase("admin").orElseThrow();

        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("test-admin-password-1");
        assertThat(encoder.matches("test-admin-password-1", admin.getPasswordHash()))
                .isTrue();
        assertThat(admin.isMustChangePassword()).isFalse();
    }

    @Test
    void demoModeAddsTheDemoAgentAndReviewerWithTheirShownPasswords() {
        var demo = DemoAccounts.DEFAULT;
        var agent = users.findByUsernameIgnoreCase(demo.agentUsername()).orElseThrow();
        var reviewer = users.findByUsernameIgnoreCase(demo.reviewerUsername()).orElseThrow();

        assertThat(agent.getRoles()).containsExactly(Role.AGENT);
        assertThat(encoder.matches(demo.agentPassword(), agent.getPasswordHash()))
                .isTrue();
        assertThat(reviewer.getRoles()).containsExactly(Role.REVIEWER);
        assertThat(encoder.matches(demo.reviewerPassword(), reviewer.getPasswordHash()))
                .isTrue();
    }
}
