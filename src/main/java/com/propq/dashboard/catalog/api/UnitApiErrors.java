package com.propq.dashboard.catalog.api;

import com.propq.dashboard.catalog.CatalogValidationException;
import com.propq.dashboard.catalog.UnitEditConflictException;
import com.propq.dashboard.users.UserLanguages;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.core.JacksonException;

/**
 * The API's refusals as JSON: no such unit 404, someone saved first 409 (with their unit), broken rules 422 in
 * the caller's language (English unless Accept-Language asks for Spanish), an unreadable body 400.
 */
@RestControllerAdvice(assignableTypes = {UnitApiController.class, ApiFallback.class})
@ConditionalOnBooleanProperty("app.api.enabled")
class UnitApiErrors {

    record Error(String error) {}

    record Conflict(String error, UnitJson current) {}

    record Problem(String field, String message) {}

    record Problems(List<Problem> problems) {}

    static final class NoSuchUnit extends RuntimeException {
        final long id;

        NoSuchUnit(long id) {
            super("No unit " + id);
            this.id = id;
        }
    }

    /** A path or method under /api that the API does not have. */
    static final class NoSuchRequest extends RuntimeException {
        final String method;
        final String path;

        NoSuchRequest(String method, String path) {
            super("No such API request: " + method + " " + path);
            this.method = method;
            this.path = path;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(UnitApiErrors.class);

    private final I18NProvider translations;
    private final AcceptHeaderLocaleResolver languages = new AcceptHeaderLocaleResolver();

    UnitApiErrors(I18NProvider translations) {
        this.translations = translations;
        languages.setSupportedLocales(UserLanguages.SUPPORTED);
        languages.setDefaultLocale(Locale.ENGLISH);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Error noSuchUnit(NoSuchUnit e, HttpServletRequest request) {
        return error(request, "api.error.no-unit", String.valueOf(e.id));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    Error noSuchRequest(NoSuchRequest e, HttpServletRequest request) {
        return error(request, "api.error.no-such-request", e.method, e.path);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    Conflict conflict(UnitEditConflictException e, HttpServletRequest request) {
        return new Conflict(
                message(
                        request,
                        "api.error.conflict",
                        String.valueOf(e.current().version())),
                UnitJson.of(e.current()));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    Problems invalid(CatalogValidationException e, HttpServletRequest request) {
        return new Problems(e.problems().stream()
                .map(p -> new Problem(
                        p.field(),
                        message(request, p.messageKey(), p.parameters().toArray())))
                .toList());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Error unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof JacksonException json) {
            var field = json.getPath().stream()
                    .map(JacksonException.Reference::getPropertyName)
                    .filter(Objects::nonNull)
                    .findFirst();
            if (field.isPresent()) {
                return error(request, "api.error.field-value", field.get(), json.getOriginalMessage());
            }
            return error(request, "api.error.unreadable-detail", json.getOriginalMessage());
        }
        return error(request, "api.error.unreadable");
    }

    /** A service's role check (the URL rules only ask for a signed-in user). */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    Error forbidden(AccessDeniedException e, HttpServletRequest request) {
        return error(request, "api.error.forbidden");
    }

    /**
     * Anything else is answered here, in JSON: left to the container, its error page would be dispatched outside
     * the API's security and come back as a bare 403.
     */
    @ExceptionHandler
    ResponseEntity<Error> failed(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known) {
            var detail = known.getBody().getDetail();
            return ResponseEntity.status(known.getStatusCode())
                    .body(new Error(
                            detail != null
                                    ? detail
                                    : Objects.requireNonNullElse(
                                            e.getMessage(),
                                            known.getStatusCode().toString())));
        }
        if (databaseUnreachable(e)) {
            // A passing outage, not a fault of the request: the client should come back, not give up.
            log.warn("API request failed, the database cannot be reached: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "5")
                    .body(error(request, "error.database-unavailable"));
        }
        log.error("API request failed", e);
        return ResponseEntity.internalServerError().body(error(request, "api.error.internal"));
    }

    /** The connection was refused, cut or never given (PostgreSQL down or restarting): SQL state class 08 or 57P. */
    private static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Error badId(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return error(request, "api.error.bad-parameter", e.getName(), String.valueOf(e.getValue()));
    }

    /** In the caller's language (Accept-Language), from the same bundles as the UI. */
    private String message(HttpServletRequest request, String key, Object... parameters) {
        return translations.getTranslation(key, languages.resolveLocale(request), parameters);
    }

    private Error error(HttpServletRequest request, String key, Object... parameters) {
        return new Error(message(request, key, parameters));
    }
}
