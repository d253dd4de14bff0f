package com.propq.dashboard.propq.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.propq.dashboard.propq.PropqClient;
import com.propq.dashboard.propq.PropqOutcome;
import com.propq.dashboard.propq.UnitPayload;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The sandbox's memory is bounded: a full portal refuses new units over HTTP and still updates the ones it has. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SandboxBoundsTest {

    private static final String DEVELOPMENT = "RO-DEV-700";

    @Autowired
    PropqSandbox sandbox;

    @Autowired
    PropqClient client;

    @AfterEach
    void emptyPortal() {
        sandbox.reset();
    }

    @Test
    void aFullPortalRefusesANewUnitWith507AndKeepsUpdatingTheUnitsItHolds() {
        sandbox.reset();
        for (int i = 0; i < PropqSandbox.MAX_UNITS; i++) {
            assertThat(sandbox.store(DEVELOPMENT, "U-" + i, 1, BigDecimal.ONE, List.of()))
                    .isTrue();
        }

        var refused =
                client.updateUnitByName(DEVELOPMENT, new UnitPayload("ONE-TOO-MANY", 1, BigDecimal.TEN, List.of()));
        var updated = client.updateUnitByName(DEVELOPMENT, new UnitPayload("U-7", 4, BigDecimal.TEN, List.of("S")));

        assertThat(refused)
                .isInstanceOfSatisfying(
                        PropqOutcome.ServerError.class,
                        error -> assertThat(error.status()).isEqualTo(507));
        assertThat(updated).isInstanceOf(PropqOutcome.Success.class);
        assertThat(sandbox.units()).hasSize(PropqSandbox.MAX_UNITS);
        assertThat(sandbox.unit(DEVELOPMENT, "ONE-TOO-MANY")).isEmpty();
        assertThat(sandbox.unit(DEVELOPMENT, "U-7"))
                .hasValueSatisfying(unit -> assertThat(unit.status()).isEqualTo(4));
    }
}
