package com.propq.dashboard.propq;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.InterceptingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;

/**
 * The one HTTP connection pool to PropQ, shared by API and token calls. Redirects are never followed: PropQ
 * answers 3xx when a request is wrong, and following it would turn that into a misleading 200 or 404. Every answer
 * is read up to {@link #MAX_ANSWER_BYTES} and the rest is dropped, so a broken or hostile endpoint cannot fill the
 * memory; a JSON answer cut there no longer parses and counts as a malformed answer.
 */
@Component
class PropqHttp {

    /** PropQ's documented answers are a few hundred bytes; a token response or an error page far less than this. */
    static final int MAX_ANSWER_BYTES = 256 * 1024;

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
        this.requestFactory = new InterceptingClientHttpRequestFactory(
                factory, List.of((request, body, execution) -> new Bounded(execution.execute(request, body))));
    }

    ClientHttpRequestFactory requestFactory() {
        return requestFactory;
    }

    /** A response whose body ends after {@link #MAX_ANSWER_BYTES}; closing it closes (and so drops) the rest. */
    private record Bounded(ClientHttpResponse response) implements ClientHttpResponse {

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() throws IOException {
            var body = response.getBody();
            return new InputStream() {
                private int left = MAX_ANSWER_BYTES;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    var b = body.read();
                    if (b >= 0) {
                        left--;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    var read = body.read(buffer, offset, Math.min(length, left));
                    if (read > 0) {
                        left -= read;
                    }
                    return read;
                }

                @Override
                public void close() throws IOException {
                    body.close();
                }
            };
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
