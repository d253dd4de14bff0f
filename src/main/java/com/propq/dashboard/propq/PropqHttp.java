package com.propq.dashboard.propq;

import java.net.http.HttpClient;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;

/**
 * The one HTTP connection pool to PropQ, shared by API and token calls. Redirects are never followed: PropQ
 * answers 3xx when a request is wrong, and following it would turn that into a misleading 200 or 404.
 */
@Component
class PropqHttp {

    private final ClientHttpRequestFactory requestFactory;

    PropqHttp(PropqProperties properties) {
        var client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // No h2c upgrade attempts on plain HTTP: the same bytes on the wire every time.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        this.requestFactory = factory;
    }

    ClientHttpRequestFactory requestFactory() {
        return requestFactory;
    }
}
