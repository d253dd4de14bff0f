package com.propq.dashboard.propq;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * Ends a call that PropQ is still answering when the connect and read timeouts have both run out, however slowly
 * the answer trickles in: the read timeout bounds each wait for the next bytes, not the whole call, and the
 * delivery's lease (so "never two requests in flight for a unit") counts on every call ending within connect +
 * read timeout. The connection is dropped, and the call fails as a timeout.
 */
final class CallDeadline implements ExecChainHandler {

    private final Duration limit;

    CallDeadline(Duration limit) {
        this.limit = limit;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        var expired = new AtomicBoolean();
        var timer = new CompletableFuture<Void>().completeOnTimeout(null, limit.toMillis(), TimeUnit.MILLISECONDS);
        timer.thenRun(() -> {
            expired.set(true);
            scope.execRuntime.discardEndpoint();
        });
        ClassicHttpResponse response;
        try {
            response = chain.proceed(request, scope);
        } catch (IOException e) {
            timer.cancel(false);
            throw expired.get() ? timedOut(e) : e;
        } catch (HttpException | RuntimeException e) {
            timer.cancel(false);
            throw e;
        }
        var entity = response.getEntity();
        if (entity == null) {
            timer.cancel(false);
            return response;
        }
        response.setEntity(new HttpEntityWrapper(entity) {
            @Override
            public InputStream getContent() throws IOException {
                return new FilterInputStream(super.getContent()) {
                    @Override
                    public int read() throws IOException {
                        try {
                            return super.read();
                        } catch (IOException e) {
                            throw expired.get() ? timedOut(e) : e;
                        }
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        try {
                            return super.read(buffer, offset, length);
                        } catch (IOException e) {
                            throw expired.get() ? timedOut(e) : e;
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        timer.cancel(false);
                        super.close();
                    }
                };
            }

            @Override
            public void close() throws IOException {
                timer.cancel(false);
                super.close();
            }
        });
        return response;
    }

    private SocketTimeoutException timedOut(IOException cause) {
        var timeout = new SocketTimeoutException("No complete answer within " + limit.toMillis() + " ms");
        timeout.initCause(cause);
        return timeout;
    }
}
