package com.propq.dashboard.users;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
    SecurityFilterChain apiFilterChain(
            HttpSecurity http, AuthenticationManager signIn, JdbcClient jdbc, I18NProvider translations)
            throws Exception {
        var sessions = new HttpSessionSecurityContextRepository();
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            if (failure instanceof InternalAuthenticationServiceException) {
                // The password could not be checked (the database is down): not a wrong password.
                ErrorAnswers.databaseUnavailable(request, response, translations);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            ErrorAnswers.write(request, response, translations, HttpStatus.UNAUTHORIZED.value(), "api.error.sign-in");
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> ErrorAnswers.write(
                request, response, translations, HttpStatus.FORBIDDEN.value(), "api.error.forbidden");
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .authenticationManager(signIn)
                .httpBasic(basic -> basic.realmName(REALM)
                        .authenticationEntryPoint(unauthorized)
                        .securityContextRepository(sessions))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // A session signed in by the API ends, or changes roles, with its account, as a UI session does.
                .addFilterBefore(
                        new AccountStateFilter(jdbc, sessions, translations), AnonymousAuthenticationFilter.class);
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
                        .accessDeniedHandler(
                                (request, response, denied) -> response.setStatus(HttpStatus.NOT_FOUND.value())))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
