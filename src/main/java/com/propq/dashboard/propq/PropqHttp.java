package com.propq.dashboard.propq;

import java.io.IOException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.stereotype.Component;

/**
 * The one HTTP connection pool to PropQ, shared by API and token calls. Redirects are never followed: PropQ
 * answers 3xx when a request is wrong, and following it would turn that into a misleading 200 or 404. Every answer
 * is read up to {@link #MAX_ANSWER_BYTES} and the rest is never read (its connection is dropped), so a broken or
 * hostile endpoint cannot fill the memory or keep a call reading; a JSON answer cut there no longer parses and counts
 * as a malformed answer.
 *
 * <p>Apache HttpClient's classic, blocking client: the calling thread writes the request and reads the answer
 * itself. The JDK's client handed every call across its selector and executor threads, and Spring's adapter for it
 * started a thread per request body; measured here (8 calls in flight against the sandbox) that cost about five
 * times the CPU per call and a millisecond of each call's time. Nothing is done behind the caller's back: no
 * retries (the outbox decides what is sent again, and when), no compression, no cookies, HTTP/1.1 only. A call
 * ends by connect + read timeout in all, and reads at most {@link #MAX_ANSWER_BYTES} ({@link CallBounds}).
 */
@Component
class PropqHttp implements AutoCloseable {

    /** PropQ's documented answers are a few hundred bytes; a token response or an error page far less than this. */
    static final int MAX_ANSWER_BYTES = 256 * 1024;

    /**
     * No limit of the pool's own (the JDK's client had none either): the callers bound the calls in flight, the
     * delivery by its concurrency setting, and a cap here would only make a larger setting wait for connections.
     */
    private static final int MAX_CONNECTIONS = Integer.MAX_VALUE;

    /**
     * A pooled connection unused for this long is checked before it is reused, so a connection PropQ (or a load
     * balancer before it) closed while idle is replaced instead of failing the next call.
     */
    private static final TimeValue CHECK_AFTER_IDLE = TimeValue.ofSeconds(1);

    private final CloseableHttpClient client;
    private final ClientHttpRequestFactory requestFactory;

    PropqHttp(PropqProperties properties) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        // Each wait for the answer's next bytes; CallBounds bounds the whole call.
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .setValidateAfterInactivity(CHECK_AFTER_IDLE)
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .addExecInterceptorFirst(
                        "call-bounds",
                        new CallBounds(properties.connectTimeout().plus(properties.readTimeout()), MAX_ANSWER_BYTES))
                .build();
        this.requestFactory = new HttpComponentsClientHttpRequestFactory(client);
    }

    ClientHttpRequestFactory requestFactory() {
        return requestFactory;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
