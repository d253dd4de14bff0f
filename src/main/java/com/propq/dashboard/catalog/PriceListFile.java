package com.propq.dashboard.catalog;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reading an uploaded price list, before any CSV parsing: at most {@link #MAX_BYTES}, strictly UTF-8 (a byte that
 * is not UTF-8 refuses the file rather than becoming a replacement character), lines of at most
 * {@link #MAX_LINE_CHARS} characters (a file with a million columns stops at its first line). Each refusal is a
 * {@link Problem} with the message for the user.
 */
final class PriceListFile {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_LINE_CHARS = 64 * 1024;

    /** Why a file cannot be read, as a message key and its parameters. */
    static final class Problem extends IOException {
        private final String messageKey;
        private final transient List<Object> parameters;

        Problem(String messageKey, Object... parameters) {
            super(messageKey);
            this.messageKey = messageKey;
            this.parameters = List.of(parameters);
        }

        String messageKey() {
            return messageKey;
        }

        List<Object> parameters() {
            return parameters;
        }

        /** The problem behind a failure of the CSV parser, which wraps what its reader threw. */
        static Problem in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof Problem problem) {
                    return problem;
                }
                if (t instanceof CharacterCodingException) {
                    return new Problem("import.not-utf8");
                }
            }
            return new Problem("import.unreadable", String.valueOf(failure.getMessage()));
        }
    }

    private PriceListFile() {}

    static Reader open(InputStream in) throws IOException {
        var bounded = BoundedInputStream.builder()
                .setInputStream(in)
                .setMaxCount(MAX_BYTES)
                .setOnMaxCount((max, count) -> {
                    throw new Problem("import.too-large", MAX_BYTES / (1024 * 1024));
                })
                .get();
        var utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new LineLimit(new InputStreamReader(
                BOMInputStream.builder().setInputStream(bounded).get(), utf8));
    }

    /** Refuses a line longer than {@link #MAX_LINE_CHARS}. */
    private static final class LineLimit extends FilterReader {
        private int lineLength;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                count(buffer[offset + i]);
            }
            return n;
        }

        private void count(char c) throws Problem {
            lineLength = c == '\n' ? 0 : lineLength + 1;
            if (lineLength > MAX_LINE_CHARS) {
                throw new Problem("import.line-too-long", MAX_LINE_CHARS);
            }
        }
    }
}
