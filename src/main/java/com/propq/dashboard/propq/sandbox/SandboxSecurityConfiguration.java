package com.propq.dashboard.propq.sandbox;

import com.propq.dashboard.propq.PropqModeCondition;
import com.propq.dashboard.propq.PropqProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox plays an external API: no login, no CSRF token, no session. It does its own (PropQ's) token
 * checks. Exists only in sandbox mode, so a live instance serves nothing under the sandbox path.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PropqModeCondition.Sandbox.class)
class SandboxSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain propqSandboxFilterChain(HttpSecurity http, PropqProperties properties) throws Exception {
        return http.securityMatcher(properties.sandbox().path() + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
