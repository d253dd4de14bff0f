package com.propq.dashboard.infra;

import com.propq.dashboard.propq.PropqMode;
import com.propq.dashboard.propq.PropqProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How this instance runs. Demo mode (demo catalog, demo users with their passwords on the login
 * page) needs both the embedded database and the PropQ sandbox, so it can never reach a real
 * database or the real portal.
 */
@Component
public class AppMode {

    private final boolean embeddedDatabase;
    private final PropqMode propqMode;
    private final boolean demoEnabled;

    AppMode(
            ObjectProvider<EmbeddedDatabaseMarker> embedded,
            PropqProperties propq,
            @Value("${app.demo.enabled:true}") boolean demoEnabled) {
        this.embeddedDatabase = embedded.getIfAvailable() != null;
        this.propqMode = propq.mode();
        this.demoEnabled = demoEnabled;
    }

    public boolean isDemo() {
        return demoEnabled && embeddedDatabase && propqMode == PropqMode.SANDBOX;
    }

    public boolean isEmbeddedDatabase() {
        return embeddedDatabase;
    }

    public PropqMode propqMode() {
        return propqMode;
    }
}
