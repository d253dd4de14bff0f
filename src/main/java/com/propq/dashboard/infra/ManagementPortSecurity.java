package com.propq.dashboard.infra;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Actuator on its own port ({@code management.server.port}, env {@code MANAGEMENT_PORT}): health and Prometheus
 * answer a scraper or a probe without a session, every other endpoint is refused there. Requests on the main port
 * keep the main rules (health for anyone, the rest for admins), which apply when Actuator shares that port.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    private volatile int managementPort = -1;

    /** The management server's real port (a random one in tests), known once it has started. */
    @EventListener
    void onWebServerStarted(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            managementPort = event.getWebServer().getPort();
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain managementPortChain(HttpSecurity http) throws Exception {
        http.securityMatcher(this::onManagementPort)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.disable());
        return http.build();
    }

    private boolean onManagementPort(HttpServletRequest request) {
        return managementPort > 0 && request.getLocalPort() == managementPort;
    }
}
