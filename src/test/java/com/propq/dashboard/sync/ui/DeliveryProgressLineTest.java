package com.propq.dashboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.sync.ui.DeliveryProgressLine.RoundedTimeLeft;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress line words the time left as an estimate: rounded up, never more precise than it is. */
class DeliveryProgressLineTest {

    @Test
    void underAMinuteItSaysSecondsRoundedUpToFive() {
        assertThat(RoundedTimeLeft.of(Duration.ofMillis(36_200)))
                .isEqualTo(new RoundedTimeLeft("sync.progress.left.seconds", List.of(40L)));
        assertThat(RoundedTimeLeft.of(Duration.ofMillis(10)))
                .isEqualTo(new RoundedTimeLeft("sync.progress.left.seconds", List.of(5L)));
    }

    @Test
    void underAnHourItSaysMinutesRoundedUp() {
        assertThat(RoundedTimeLeft.of(Duration.ofSeconds(61)))
                .isEqualTo(new RoundedTimeLeft("sync.progress.left.minutes", List.of(2L)));
        assertThat(RoundedTimeLeft.of(Duration.ofMinutes(2)))
                .isEqualTo(new RoundedTimeLeft("sync.progress.left.minutes", List.of(2L)));
    }

    @Test
    void longerItSaysHoursAndMinutes() {
        assertThat(RoundedTimeLeft.of(Duration.ofSeconds(3_870)))
                .isEqualTo(new RoundedTimeLeft("sync.progress.left.hours", List.of(1L, 5L)));
    }
}
