package com.propq.dashboard.users;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every open session in step with its account, on every request and on every instance (the
 * database is the only shared state): a disabled, deleted or reset account's session ends; changed
 * roles, or a finished forced password change, take effect at once.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private record AccountState(boolean enabled, boolean mustChangePassword, long sessionEpoch, Set<Role> roles) {}

    private final JdbcClient jdbc;
    private final SecurityContextRepository contexts;
    private final I18NProvider translations;

    AccountStateFilter(JdbcClient jdbc, SecurityContextRepository contexts, I18NProvider translations) {
        this.jdbc = jdbc;
        this.contexts = contexts;
        this.translations = translations;
    }

    /**
     * Static files (scripts, styles, images) read and change nothing: no account lookup for each of them. Only
     * reads of these folders and exact files are spared; Vaadin picks its own requests by {@code v-r}, whatever the
     * path, so a request that carries it is always checked.
     */
    private static final List<String> STATIC_FOLDERS =
            List.of("/VAADIN/build/", "/VAADIN/static/", "/styles/", "/images/", "/lumo/", "/aura/", "/icons/");

    private static final Set<String> STATIC_FILES =
            Set.of("/favicon.ico", "/favicon.svg", "/sw.js", "/offline.html", "/offline-stub.html");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method) || request.getParameter("v-r") != null) {
            return false;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_FILES.contains(path)
                || STATIC_FOLDERS.stream().anyMatch(path::startsWith) && !path.contains("..");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Looked up per request: Vaadin installs its own strategy after this filter is built.
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var context = holder.getContext();
        var authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            Optional<AccountState> state;
            try {
                state = load(user.id());
            } catch (DataAccessException databaseDown) {
                // Not a reason to end the session, nor to let the container turn it into an error page (which
                // the security chain answers with 403): the client is told to come back shortly.
                ErrorAnswers.databaseUnavailable(request, response, translations);
                return;
            }
            if (state.isEmpty() || !state.get().enabled() || state.get().sessionEpoch() != user.sessionEpoch()) {
                endSession(request, holder);
            } else {
                var expected =
                        AccountAuthorities.of(state.get().roles(), state.get().mustChangePassword());
                if (!expected.equals(AccountAuthorities.managedBy(authentication.getAuthorities()))) {
                    var refreshed = UsernamePasswordAuthenticationToken.authenticated(
                            user, null, AccountAuthorities.replaceManaged(authentication.getAuthorities(), expected));
                    refreshed.setDetails(authentication.getDetails());
                    context.setAuthentication(refreshed);
                    contexts.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The request goes on as anonymous: a page asks for sign-in, Vaadin's next call finds no session. */
    private static void endSession(HttpServletRequest request, SecurityContextHolderStrategy holder) {
        holder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private Optional<AccountState> load(long userId) {
        return jdbc.sql("""
                        select u.enabled, u.must_change_password, u.session_epoch,
                               array(select r.role from app_user_role r where r.user_id = u.id) as roles
                        from app_user u where u.id = :id""")
                .param("id", userId)
                .query((rs, n) -> new AccountState(
                        rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"),
                        rs.getLong("session_epoch"),
                        roles(rs.getArray("roles"))))
                .optional();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        var roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return roles;
    }
}
