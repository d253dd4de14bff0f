package com.propq.managementcontext;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The Actuator port listens on {@code MANAGEMENT_ADDRESS} (127.0.0.1 unless set). Applied only when Actuator has a
 * port of its own (Spring's {@code management.server.address} would stop the start when it shares the main one).
 * Outside {@code com.propq.dashboard} on purpose: it belongs to Actuator's own context (listed in
 * {@code ManagementContextConfiguration.imports}), and the app's component scan would apply it to the main server.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementAddress {

    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> managementAddress(
            @Value("${app.management.address:127.0.0.1}") String address) throws UnknownHostException {
        return new Customizer(InetAddress.getByName(address.strip()));
    }

    /** Last, after Spring's own management customizer, which sets the address from its (unset) property. */
    private record Customizer(InetAddress address)
            implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {
        @Override
        public void customize(ConfigurableWebServerFactory factory) {
            factory.setAddress(address);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
