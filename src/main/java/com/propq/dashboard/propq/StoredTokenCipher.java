package com.propq.dashboard.propq;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals the stored PropQ access token (AES-256-GCM) with a key derived from the client secret. The secret lives in
 * the secrets directory (or the environment), never in the database, so a copy of the database or of a backup
 * alone gives no usable token. The client id is bound in as associated data: a row cannot be moved to another
 * client. A row sealed with another secret (after a rotation) or stored in clear by an older version does not open,
 * and is then treated as no token: a new one is requested, as a rotated secret needs anyway.
 */
final class StoredTokenCipher {

    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] KEY_LABEL = "propq-dashboard stored access token v1".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();

    byte[] seal(String token, PropqAddress.Credentials credentials) {
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = cipher(Cipher.ENCRYPT_MODE, credentials, iv);
            var sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(FORMAT)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The token, or null when the bytes were not sealed with these credentials. */
    @Nullable
    String open(byte @Nullable [] stored, PropqAddress.Credentials credentials) {
        if (stored == null || stored.length <= 1 + IV_BYTES || stored[0] != FORMAT) {
            return null;
        }
        try {
            var iv = new byte[IV_BYTES];
            System.arraycopy(stored, 1, iv, 0, IV_BYTES);
            var cipher = cipher(Cipher.DECRYPT_MODE, credentials, iv);
            return new String(
                    cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException notOurs) {
            return null;
        }
    }

    private static Cipher cipher(int mode, PropqAddress.Credentials credentials, byte[] iv)
            throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(credentials.clientSecret()), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(credentials.clientId().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** HMAC-SHA256 of a fixed label under the secret: a 256-bit key that says nothing about the secret. */
    private static SecretKeySpec key(String clientSecret) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal(KEY_LABEL), "AES");
    }
}
