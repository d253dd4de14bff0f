package com.propq.dashboard.propq;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.shell.TranslationProvider;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** PropQ's answers said plainly first: the sentence the sync queue and the connection page lead with. */
class PlainAnswerTest {

    private static final Duration EVERY_30_S = Duration.ofSeconds(30);
    private static final String REFUSED_PRICE = """
            {"message": "The given data was invalid.",
             "errors": {"UntPrice": ["UntPrice must be a number"], "UntStatus": ["The selected UntStatus is invalid."]}}""";

    private final TranslationProvider translations = new TranslationProvider();

    private String english(PlainAnswer answer) {
        return answer.text((key, parameters) -> translations.getTranslation(key, Locale.ENGLISH, parameters));
    }

    private String spanish(PlainAnswer answer) {
        return answer.text((key, parameters) -> translations.getTranslation(key, Locale.of("es"), parameters));
    }

    @Test
    void a422NamesTheRefusedFieldsAndListsEachErrorAsFieldColonMessage() {
        var answer = PlainAnswer.of(422, REFUSED_PRICE, EVERY_30_S);

        assertThat(english(answer))
                .isEqualTo(
                        "PropQ refused the price, status: UntPrice must be a number; The selected UntStatus is invalid.");
        assertThat(spanish(answer)).startsWith("PropQ rechazó el precio, el estado: UntPrice must be a number");
        assertThat(answer.fieldErrorLines())
                .containsExactly(
                        "UntPrice: UntPrice must be a number", "UntStatus: The selected UntStatus is invalid.");
    }

    @Test
    void a422WithoutReadableFieldErrorsStillSaysPropqRefusedTheData() {
        var answer = PlainAnswer.of(422, "<html>Unprocessable</html>", EVERY_30_S);

        assertThat(english(answer)).isEqualTo("PropQ refused the data as invalid.");
        assertThat(answer.fieldErrorLines()).isEmpty();
    }

    @Test
    void noAnswerSaysWhyInWords() {
        assertThat(english(PlainAnswer.of(0, "ConnectException: Connection refused", EVERY_30_S)))
                .isEqualTo("PropQ did not answer (connection refused).");
        assertThat(english(PlainAnswer.of(0, "HttpTimeoutException: request timed out", EVERY_30_S)))
                .isEqualTo("PropQ did not answer in time.");
        assertThat(english(PlainAnswer.of(
                        new PropqOutcome.ConnectionFailed<>("ConnectException: Connection refused"), null)))
                .isEqualTo("PropQ did not answer (connection refused).");
    }

    @Test
    void aServerErrorSaysPropqIsDownAndHowOftenWeTryAgain() {
        assertThat(english(PlainAnswer.of(503, "<html>Service Unavailable</html>", EVERY_30_S)))
                .isEqualTo("PropQ is down (HTTP 503); we try again every 30 s.");
        assertThat(spanish(PlainAnswer.of(503, "", EVERY_30_S)))
                .isEqualTo("PropQ no funciona (HTTP 503); lo intentamos de nuevo cada 30 s.");
    }

    @Test
    void otherRefusalsReadAsTheConnectionPageAlwaysSaidThem() {
        assertThat(english(PlainAnswer.of(401, "{}", EVERY_30_S))).startsWith("PropQ refused our credentials");
        assertThat(english(PlainAnswer.of(302, "Location: /login", EVERY_30_S))).startsWith("PropQ redirected");
    }
}
