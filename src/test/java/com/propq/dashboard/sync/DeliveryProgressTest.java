package com.propq.dashboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line's figures: what is sent, and the time left at PropQ's recent pace. */
class DeliveryProgressTest {

    @Test
    void whatIsSentIsWhatTheBatchesQueuedLessWhatStillWaits() {
        var progress = new DeliveryProgress(10_000, 6_588, 300, Duration.ofSeconds(30));

        assertThat(progress.sent()).isEqualTo(3_412);
        assertThat(progress.underway()).isTrue();
    }

    @Test
    void theTimeLeftIsWhatWaitsAtTheRecentPace() {
        // 300 accepted in the last 30 s: 10 a second, so 1,200 waiting take 2 minutes.
        var progress = new DeliveryProgress(10_000, 1_200, 300, Duration.ofSeconds(30));

        assertThat(progress.perSecond()).isEqualTo(10.0);
        assertThat(progress.timeLeft()).contains(Duration.ofMinutes(2));
    }

    @Test
    void aBatchJustQueuedHasNoEstimateUntilThereIsAPaceToGoBy() {
        assertThat(new DeliveryProgress(2_000, 1_990, 10, Duration.ofMillis(900)).timeLeft())
                .isEmpty();
        assertThat(new DeliveryProgress(2_000, 1_990, 10, Duration.ofSeconds(2)).timeLeft())
                .contains(Duration.ofMillis(398_000));
    }

    @Test
    void whilePropqAcceptsNothingThereIsNoEstimateRatherThanAnEndlessOne() {
        assertThat(new DeliveryProgress(2_000, 1_500, 0, Duration.ofSeconds(30)).timeLeft())
                .isEmpty();
    }

    @Test
    void withNothingWaitingThereIsNoLineToShow() {
        assertThat(DeliveryProgress.NONE.underway()).isFalse();
        assertThat(new DeliveryProgress(2_000, 0, 500, Duration.ofSeconds(30)).timeLeft())
                .isEmpty();
    }
}
