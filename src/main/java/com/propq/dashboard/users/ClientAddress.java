package com.propq.dashboard.users;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The client address a sign-in came from: the request's remote address, which is the TCP peer unless
 * {@code server.forward-headers-strategy} tells Spring to trust a proxy's {@code X-Forwarded-For}.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {}

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : UNKNOWN;
    }
}
