package com.propq.dashboard.propq;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Renews the stored PropQ token once it reaches its renewal margin, with or without traffic: an install that makes
 * no edits over a holiday keeps a valid token. Every instance looks; the database lock in {@link PropqTokens} makes
 * the renewal one token request however many find it due.
 */
@Component
class PropqTokenRenewal {

    private static final Logger log = LoggerFactory.getLogger(PropqTokenRenewal.class);

    private final PropqTokens tokens;

    PropqTokenRenewal(PropqTokens tokens) {
        this.tokens = tokens;
    }

    @Scheduled(
            fixedDelayString = "${propq.token-renewal-check-interval:PT1M}",
            initialDelayString = "${propq.token-renewal-check-interval:PT1M}")
    void renewDueToken() {
        try {
            if (tokens.renewIfDue()) {
                log.info("PropQ access token renewed on schedule");
            }
        } catch (PropqTokenException e) {
            // Shown to admins (Overview, PropQ connection page) until a renewal works; tried again next time.
            log.warn("Scheduled PropQ token renewal failed: {}", e.getMessage());
        } catch (DataAccessException e) {
            log.warn("Scheduled PropQ token renewal could not reach the database: {}", e.getMessage());
        }
    }
}
