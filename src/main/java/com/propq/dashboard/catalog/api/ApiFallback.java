package com.propq.dashboard.catalog.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every other path or method under {@code /api}: a JSON 404, rather than the UI's page (which would answer any
 * unknown path) or a container error page.
 */
@RestController
@ConditionalOnBooleanProperty("app.api.enabled")
class ApiFallback {

    @RequestMapping("/api/**")
    void none(HttpServletRequest request) {
        throw new UnitApiErrors.NoSuchRequest(request.getMethod(), request.getRequestURI());
    }
}
