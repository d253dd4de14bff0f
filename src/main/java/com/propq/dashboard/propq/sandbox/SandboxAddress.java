package com.propq.dashboard.propq.sandbox;

import com.propq.dashboard.propq.PropqAddress;
import com.propq.dashboard.propq.PropqModeCondition;
import com.propq.dashboard.propq.PropqProperties;
import com.propq.dashboard.propq.sandbox.SandboxSettings.Outage.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In sandbox mode the client talks to this app's own sandbox over real HTTP, at the port the web server really
 * got (a random one in tests), known once it has started. During a "connection refused" outage it points the
 * client at a port where nothing listens, so the client meets a real refused connection.
 */
@Component
@Conditional(PropqModeCondition.Sandbox.class)
class SandboxAddress implements PropqAddress {

    private static final Logger log = LoggerFactory.getLogger(SandboxAddress.class);

    private final PropqSandbox sandbox;
    private final String sandboxPath;
    private final Credentials credentials;
    private final int deadPort;
    private volatile @Nullable String baseUrl;

    SandboxAddress(PropqSandbox sandbox, PropqProperties properties) {
        this.sandbox = sandbox;
        this.sandboxPath = properties.sandbox().path();
        this.credentials = new Credentials(
                properties.sandbox().clientId(), properties.sandbox().clientSecret());
        this.deadPort = freePort();
    }

    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        var context = event.getApplicationContext();
        if (context.getServerNamespace() != null) {
            return; // a separate management server, not the one serving the sandbox
        }
        var contextPath = context.getEnvironment().getProperty("server.servlet.context-path", "");
        baseUrl = "http://127.0.0.1:" + event.getWebServer().getPort() + stripSlash(contextPath) + sandboxPath;
        log.info(
                "PropQ sandbox mode: no PropQ credentials configured, the client talks to the simulator at {}",
                baseUrl);
    }

    @Override
    public String baseUrl() {
        var outage = sandbox.activeOutage();
        if (outage.isPresent() && outage.get().kind() == Kind.CONNECTION_REFUSED) {
            return "http://127.0.0.1:" + deadPort;
        }
        var url = baseUrl;
        if (url == null) {
            throw new IllegalStateException(
                    "The PropQ sandbox is not reachable: this app's web server has not started");
        }
        return url;
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A port that was free a moment ago; with nothing bound to it, connections are refused. */
    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
