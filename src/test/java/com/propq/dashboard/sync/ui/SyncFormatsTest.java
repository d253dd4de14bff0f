package com.propq.dashboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncFormatsTest {

    @Test
    void anHtmlErrorPageReadsAsItsText() {
        var page = """
                <!DOCTYPE html>
                <html><head><title>502 Bad Gateway</title><style>body { color: red; }</style></head>
                <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>""";

        assertThat(SyncFormats.excerpt(page, 140)).isEqualTo("502 Bad Gateway 502 Bad Gateway nginx");
    }

    @Test
    void jsonAndPlainAnswersStayAsTheyCameOnOneLineAndCut() {
        assertThat(SyncFormats.excerpt("{\"message\":\n  \"The given data was invalid.\"}", 140))
                .isEqualTo("{\"message\": \"The given data was invalid.\"}");
        assertThat(SyncFormats.excerpt("a <b>bold</b> claim", 140)).isEqualTo("a <b>bold</b> claim");
        assertThat(SyncFormats.excerpt("x".repeat(10), 4)).isEqualTo("xxxx…");
    }
}
