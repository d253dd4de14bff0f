package com.propq.dashboard.users;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The HTTP API ({@code /api/**}, on with {@code app.api.enabled}): HTTP Basic against the same accounts, password
 * check and sign-in protection as the sign-in form, then the session carries the sign-in so a client that keeps
 * its cookie is not hashed again on every call. No CSRF: no browser signs in there. Roles are the services' own
 * checks. Off, every {@code /api/**} request is a bare 404, whoever asks.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String PATHS = "/api/**";
    static final String REALM = "PropQ Dashboard";

    @Bean
    @Order(2)
    @ConditionalOnBooleanProperty("app.api.enabled")
    SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticationManager signIn, JdbcClient jdbc,
                                     I18NProvider translations) throws Exception {
        var sessions = new HttpSessionSecurityContextRepository();
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .authenticationManager(signIn)
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(UNAUTHORIZED)
                        .securityContextRepository(sessions))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(UNAUTHORIZED)
                        .accessDeniedHandler(FORBIDDEN))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // A session signed in by the API ends, or changes roles, with its account, as a UI session does.
                .addFilterBefore(new AccountStateFilter(jdbc, sessions, translations), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnBooleanProperty(name = "app.api.enabled", havingValue = false, matchIfMissing = true)
    SecurityFilterChain apiDisabledFilterChain(HttpSecurity http) throws Exception {
        var notFound = new HttpStatusEntryPoint(HttpStatus.NOT_FOUND);
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(notFound)
                        .accessDeniedHandler((request, response, denied) -> notFound.commence(request, response, null)))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Written here, not by a container error page: the answer stays JSON, with the Basic challenge. A sign-in that
     * could not be checked (the database is down) is not a wrong password: 503, come back shortly.
     */
    private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, failure) -> {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "5");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"Sign-in cannot be checked right now; try again shortly\"}");
            return;
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"Sign in with HTTP Basic (user name and password)\"}");
    };

    private static final AccessDeniedHandler FORBIDDEN = (request, response, denied) -> {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"Access denied\"}");
    };
}
