package com.propq.dashboard.propq.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signed sandbox tokens: {@code generation.expiresAt.nonce.signature}. Signed rather than remembered, so a token
 * stays valid across restarts of the app (as a real PropQ token does); the generation lets "expire all tokens"
 * revoke every token issued so far.
 */
final class SandboxTokens {

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    SandboxTokens(String signingKey) {
        this.key = signingKey.getBytes(StandardCharsets.UTF_8);
    }

    String issue(long generation, Instant expiresAt) {
        var nonce = new byte[12];
        random.nextBytes(nonce);
        var payload = generation + "." + expiresAt.toEpochMilli() + "."
                + HexFormat.of().formatHex(nonce);
        return payload + "." + sign(payload);
    }

    /** True when the token was signed here, belongs to the current generation and has not expired. */
    boolean isValid(@Nullable String token, long generation, Instant now) {
        if (token == null) {
            return false;
        }
        var parts = token.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        var payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.UTF_8), parts[3].getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        try {
            return Long.parseLong(parts[0]) == generation && now.toEpochMilli() < Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
