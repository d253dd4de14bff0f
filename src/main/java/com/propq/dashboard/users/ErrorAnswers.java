package com.propq.dashboard.users;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals written by the security filters themselves, before Spring MVC: in the caller's language from the same
 * bundles as every other text, as {@code {"error": ...}} under {@code /api} (the API's shape) and as plain text
 * elsewhere.
 */
final class ErrorAnswers {

    private ErrorAnswers() {}

    static void write(
            HttpServletRequest request, HttpServletResponse response, I18NProvider translations, int status, String key)
            throws IOException {
        var message = translations.getTranslation(key, request.getLocale());
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        var api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setContentType(api ? "application/json" : "text/plain");
        response.getWriter().write(api ? JsonMapper.shared().writeValueAsString(Map.of("error", message)) : message);
    }

    /** The account or the password cannot be checked (PostgreSQL is down): come back shortly, nothing is lost. */
    static void databaseUnavailable(HttpServletRequest request, HttpServletResponse response, I18NProvider translations)
            throws IOException {
        response.setHeader("Retry-After", "5");
        write(
                request,
                response,
                translations,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "error.database-unavailable");
    }
}
