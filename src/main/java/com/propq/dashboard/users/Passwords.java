package com.propq.dashboard.users;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one place that sets a password, so every path (first admin, new user, reset, own change)
 * obeys the same rules: at least 12 characters, at most 72 bytes (bcrypt ignores the rest), and not
 * the username.
 */
@Component
class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final int TEMPORARY_LENGTH = 16;
    static final String CURRENT_WRONG = "password.rule.current-wrong";
    // No look-alikes (0/O, 1/l/I), because an admin reads a temporary password out to a colleague.
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Passwords(PasswordEncoder encoder, Clock clock) {
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Checks the rules, then stores the hash; a temporary password must be changed at the next sign-in. */
    void set(AppUser user, String password, boolean temporary) {
        check(user.getUsername(), password);
        // The encoder answers null only for a null password.
        user.setPassword(Objects.requireNonNull(encoder.encode(password)), temporary, clock.instant());
    }

    /** A random password that passes the rules, for an admin to hand over once. */
    String newTemporary(AppUser user) {
        var password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        set(user, password.toString(), true);
        return password.toString();
    }

    /** The user's own change: only with the current password, and to a different one. */
    void change(AppUser user, String currentPassword, String newPassword) {
        if (!matches(user, currentPassword)) {
            throw new AccountRuleException(CURRENT_WRONG);
        }
        if (newPassword.equals(currentPassword)) {
            throw new AccountRuleException("password.rule.same-as-current");
        }
        set(user, newPassword, false);
    }

    private boolean matches(AppUser user, String password) {
        return !user.getPasswordHash().isEmpty() && encoder.matches(password, user.getPasswordHash());
    }

    static void check(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRuleException("password.rule.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRuleException("password.rule.too-long", MAX_BYTES);
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw new AccountRuleException("password.rule.same-as-username");
        }
    }
}
