package com.propq.dashboard.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordsTest {

    private final Clock clock = Clock.systemUTC();
    private final Passwords passwords =
            new Passwords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);

    private AppUser user(String username) {
        return new AppUser(username, "Someone", Set.of(Role.AGENT), clock.instant());
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return "accepted";
        } catch (AccountRuleException e) {
            return e.messageKey();
        }
    }

    @Test
    void aPasswordNeedsAtLeastTwelveCharacters() {
        var user = user("maria");
        assertThat(refusal(() -> passwords.set(user, "elevenchars", false))).isEqualTo("password.rule.too-short");
        assertThat(refusal(() -> passwords.set(user, "twelve chars", false))).isEqualTo("accepted");
    }

    @Test
    void aPasswordCannotBeTheUsernameWhateverTheCase() {
        var user = user("maria.garcia.lopez");
        assertThat(refusal(() -> passwords.set(user, "Maria.Garcia.Lopez", false)))
                .isEqualTo("password.rule.same-as-username");
    }

    @Test
    void aPasswordBcryptWouldCutIsRefusedRatherThanSilentlyShortened() {
        var user = user("maria");
        assertThat(refusal(() -> passwords.set(user, "x".repeat(73), false))).isEqualTo("password.rule.too-long");
        assertThat(refusal(() -> passwords.set(user, "x".repeat(72), false))).isEqualTo("accepted");
    }

    @Test
    void aTemporaryPasswordObeysTheRulesAndMustBeChanged() {
        var user = user("maria");
        var temporary = passwords.newTemporary(user);

        assertThat(temporary).hasSize(Passwords.TEMPORARY_LENGTH);
        assertThatCode(() -> Passwords.check("maria", temporary)).doesNotThrowAnyException();
        assertThat(user.isMustChangePassword()).isTrue();
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndANewOne() {
        var user = user("maria");
        passwords.set(user, "the first password", true);

        assertThat(refusal(() -> passwords.change(user, "not the password", "the second password")))
                .isEqualTo("password.rule.current-wrong");
        assertThat(refusal(() -> passwords.change(user, "the first password", "the first password")))
                .isEqualTo("password.rule.same-as-current");
        assertThat(refusal(() -> passwords.change(user, "the first password", "short")))
                .isEqualTo("password.rule.too-short");
        passwords.change(user, "the first password", "the second password");
        assertThat(user.isMustChangePassword()).isFalse();
    }

    @Test
    void theStoredValueIsAHashNeverThePassword() {
        var user = user("maria");
        passwords.set(user, "the first password", false);
        assertThat(user.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("the first password");
    }
}
