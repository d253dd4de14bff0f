package com.propq.dashboard.propq.sandbox;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.propq.PropqModeCondition;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Service;

/** The sandbox's switches as the PropQ connection page uses them: admins only, sandbox mode only. */
@Service
@Conditional(PropqModeCondition.Sandbox.class)
@RolesAllowed(Roles.ADMIN)
public class SandboxControls {

    private final PropqSandbox sandbox;

    SandboxControls(PropqSandbox sandbox) {
        this.sandbox = sandbox;
    }

    public SandboxSettings settings() {
        return sandbox.settings();
    }

    public void apply(SandboxSettings settings) {
        sandbox.apply(settings);
    }

    public void startOutage(SandboxSettings.Outage.Kind kind, Duration duration) {
        sandbox.startOutage(kind, duration);
    }

    public void endOutage() {
        sandbox.endOutage();
    }

    public Optional<SandboxSettings.Outage> activeOutage() {
        return sandbox.activeOutage();
    }

    public void expireAllTokens() {
        sandbox.expireAllTokens();
    }

    public List<SandboxUnit> units() {
        return sandbox.units();
    }

    public int tokenRequests() {
        return sandbox.requests(PropqSandbox.Operation.TOKEN);
    }

    public String knownDevelopments() {
        return sandbox.knownDevelopmentsPattern();
    }
}
