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
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Keeps every call to PropQ within bounds, whatever the other end sends.
 *
 * <p>In time: a call that PropQ is still answering when the connect and read timeouts have both run out ends there,
 * however slowly the answer trickles in. The read timeout bounds each wait for the next bytes, not the whole call,
 * and the delivery's lease (so "never two requests in flight for a unit") counts on every call ending within
 * connect + read timeout. The connection is dropped, and the call fails as a timeout.
 *
 * <p>In size: an answer reads as ending after {@code maxAnswerBytes}, so a broken or hostile endpoint cannot fill the
 * memory. An answer closed before its real end is not read to the end to keep its connection (what the client does
 * by default, for as long as the other end keeps sending): its connection is dropped unread.
 */
final class CallBounds implements ExecChainHandler {

    private final Duration limit;
    private final int maxAnswerBytes;

    CallBounds(Duration limit, int maxAnswerBytes) {
        this.limit = limit;
        this.maxAnswerBytes = maxAnswerBytes;
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
        response.setEntity(new Answer(entity, scope, timer, expired));
        return response;
    }

    private SocketTimeoutException timedOut(IOException cause) {
        var timeout = new SocketTimeoutException("No complete answer within " + limit.toMillis() + " ms");
        timeout.initCause(cause);
        return timeout;
    }

    /** The answer's body as the caller reads it: cut at the size bound, a timeout once the deadline has passed. */
    private final class Answer extends HttpEntityWrapper {

        private final ExecChain.Scope scope;
        private final CompletableFuture<Void> timer;
        private final AtomicBoolean expired;
        private int left = maxAnswerBytes;
        private boolean ended;
        private boolean closed;
        /** The client's stream of the body, asked for once: each request for it wraps the connection anew. */
        private @Nullable InputStream body;

        private @Nullable InputStream content;

        Answer(HttpEntity entity, ExecChain.Scope scope, CompletableFuture<Void> timer, AtomicBoolean expired) {
            super(entity);
            this.scope = scope;
            this.timer = timer;
            this.expired = expired;
        }

        /** One stream however often it is asked for: the cut and the end are the answer's, not a stream's. */
        @Override
        public InputStream getContent() throws IOException {
            if (content == null) {
                body = super.getContent();
                content = new FilterInputStream(body) {
                    @Override
                    public int read() throws IOException {
                        var one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        try {
                            var read = super.read(buffer, offset, Math.min(length, left));
                            if (read < 0) {
                                ended = true;
                            } else {
                                left -= read;
                            }
                            return read;
                        } catch (IOException e) {
                            throw expired.get() ? timedOut(e) : e;
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        Answer.this.close();
                    }
                };
            }
            return content;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            timer.cancel(false);
            if (!ended) {
                scope.execRuntime.discardEndpoint(); // the rest stays unread: the connection goes instead
            }
            try {
                if (body != null) {
                    body.close();
                }
            } finally {
                super.close();
            }
        }
    }
}
