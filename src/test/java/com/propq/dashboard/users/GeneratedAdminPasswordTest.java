package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Without APP_ADMIN_INITIAL_PASSWORD the first admin gets a random password, printed once, that
 * must be changed; outside demo mode no demo users exist. APP_ADMIN_USERNAME names the first admin.
 */
@SpringBootTest(properties = {"app.admin.initial-password=", "app.demo.enabled=false", "app.admin.username=owner"})
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminPasswordTest {

    private static final Pattern LOGGED_PASSWORD = Pattern.compile("one-time password: (\\S+)");

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    InitialUsers initialUsers;

    @Test
    void theGeneratedPasswordIsLoggedOnceWorksAndMustBeChanged(CapturedOutput output) {
        var admin = users.findByUsernameIgnoreCase("owner").orElseThrow();
        var logged = LOGGED_PASSWORD.matcher(output.getAll());

        assertThat(logged.find()).as("the start-up log shows the password").isTrue();
        assertThat(encoder.matches(logged.group(1), admin.getPasswordHash())).isTrue();
        assertThat(admin.isMustChangePassword()).isTrue();

        initialUsers.run(null);
        assertThat(LOGGED_PASSWORD.matcher(output.getAll()).results().count())
                .as("printed only once")
                .isEqualTo(1);
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.findByUsernameIgnoreCase("admin"))
                .as("no well-known name to aim at")
                .isEmpty();
    }

    @Test
    void outsideDemoModeThereAreNoDemoUsers() {
        assertThat(users.findByUsernameIgnoreCase(DemoAccounts.DEFAULT.agentUsername()))
                .isEmpty();
        assertThat(users.findByUsernameIgnoreCase(DemoAccounts.DEFAULT.reviewerUsername()))
                .isEmpty();
    }
}
