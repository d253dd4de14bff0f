package com.propq.dashboard.propq;

import com.propq.dashboard.base.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * "Check at PropQ": asks {@code GET /v1/developments/{id}/publish-status} whether PropQ knows a development id.
 * Advice only: nothing is stored, and a new development is saved whatever PropQ answers.
 */
@Service
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class DevelopmentIdCheck {

    /**
     * PropQ's verdict: {@code UNKNOWN} for its 404 ("The development id is not valid"), {@code KNOWN} with the
     * DevStatus it returned, or {@code OTHER} with its answer (HTTP status, 0 when none arrived, and body).
     */
    public record Verdict(Kind kind, @Nullable String devStatus, int status, String answer) {

        public enum Kind {
            KNOWN,
            UNKNOWN,
            OTHER
        }
    }

    private final PropqClient client;

    DevelopmentIdCheck(PropqClient client) {
        this.client = client;
    }

    public Verdict check(String propqId) {
        return switch (client.publishStatus(propqId.strip())) {
            case PropqOutcome.Success<PublishStatus> s ->
                new Verdict(Verdict.Kind.KNOWN, s.value().devStatus(), 200, "");
            case PropqOutcome.NotFound<PublishStatus> n -> new Verdict(Verdict.Kind.UNKNOWN, null, 404, n.body());
            case PropqOutcome.Failure<PublishStatus> f -> new Verdict(Verdict.Kind.OTHER, null, f.status(), f.answer());
        };
    }
}
