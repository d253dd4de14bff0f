package com.propq.dashboard.users;

import com.propq.dashboard.base.Roles;
import com.propq.dashboard.users.ui.LoginView;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Who may reach what: views by their access annotations (through Vaadin), services by
 * {@code @RolesAllowed} / {@code @PreAuthorize} (method security), Actuator health for anyone
 * (details for admins only), every other Actuator endpoint for admins. Every request of a signed-in
 * session is checked against the account first (disabled, reset, roles changed).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AuthenticationManager signIn, JdbcClient jdbc, I18NProvider translations)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Roles.ADMIN)
                .requestMatchers("/styles/**", "/images/**")
                .permitAll());
        http.authenticationManager(signIn);
        // Before the anonymous filter: a session it ends goes on as an anonymous request.
        http.addFilterBefore(
                new AccountStateFilter(jdbc, new HttpSessionSecurityContextRepository(), translations),
                AnonymousAuthenticationFilter.class);
        // Any other address goes to Vaadin for a signed-in user (Vaadin's default refuses it with a bare 403), so an
        // unknown page or development shows the app's own "not found" inside the menu frame.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class)
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * Password sign-in. Disabled and locked accounts are refused only after the password has been
     * checked, so an unknown user, a wrong password and a locked or disabled account all take the
     * same time and get the same answer. An account is locked for the client addresses that failed too often,
     * and such an address is refused first ({@link ThrottledPasswordSignIn}). Every outcome is published to
     * {@link SignInProtection}.
     */
    @Bean
    AuthenticationManager signInAuthenticationManager(
            AppUserDetailsService userDetails,
            PasswordEncoder encoder,
            AuthenticationEventPublisher events,
            SignInThrottle throttle,
            Clock clock) {
        var provider = new ThrottledPasswordSignIn(userDetails, throttle, clock);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /**
     * Bcrypt only. Stored hashes keep their {@code {bcrypt}} prefix; a hash of any other encoding ({@code {noop}},
     * MD5, ...) never matches, whatever is typed.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var bcrypt = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder()));
        bcrypt.setDefaultPasswordEncoderForMatches(new NeverMatches());
        return bcrypt;
    }

    private static final class NeverMatches implements PasswordEncoder {
        @Override
        public String encode(@Nullable CharSequence rawPassword) {
            throw new UnsupportedOperationException("only bcrypt encodes");
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            return false;
        }
    }
}
