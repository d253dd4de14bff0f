package com.propq.dashboard.propq;

import java.net.URI;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds request URIs from the base URL and a configured path template. */
final class PropqUris {

    private PropqUris() {}

    static String withoutTrailingSlash(String url) {
        var result = url.strip();
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    /**
     * Encodes the template first and then each variable strictly, so a development id such as {@code A/B 1}
     * stays one path segment ({@code A%2FB%201}) instead of changing the path.
     */
    static URI build(String baseUrl, String pathTemplate, Object... variables) {
        return UriComponentsBuilder.fromUriString(withoutTrailingSlash(baseUrl) + pathTemplate)
                .encode()
                .buildAndExpand(variables)
                .toUri();
    }
}
