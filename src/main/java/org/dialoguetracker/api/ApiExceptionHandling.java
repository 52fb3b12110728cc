package org.dialoguetracker.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.dialoguetracker.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 problem documents in JSON, never the HTML error pages: a value a parameter does not
 * accept gives 400 naming the parameter (and the accepted values of an enumeration), an unknown id 404. Anything
 * unforeseen gives a 500 document that says nothing of its cause, which goes to the log. Placed before the
 * pages' {@code ErrorHandling}, for the API's controllers only.
 */
@RestControllerAdvice(assignableTypes = { MeetingApiController.class, TopicApiController.class,
        RecommendationApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandling.class);

    /** Values quoted back at most this long. */
    private static final int QUOTED = 60;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unforeseen(Exception ex) {
        log.error("API request failed", ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The tracker could not answer this request. Nothing was changed.");
    }

    /** A single parameter or path variable ({@code page=abc}, {@code /api/recommendations/abc}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = refused(ex.getPropertyName(), ex.getValue(), ex.getRequiredType());
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    /** The parameters bound to a query record ({@code status=SOON&year=never}). */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> target = ex.getParameter().getParameterType();
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> refused(error.getField(), error.getRejectedValue(), elementType(target, error)))
                .distinct().collect(Collectors.joining(" "));
        if (detail.isEmpty()) {
            detail = "The request's parameters could not be read.";
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
    }

    private static String refused(String parameter, Object value, Class<?> type) {
        StringBuilder detail = new StringBuilder("The parameter '").append(parameter).append("' does not accept ")
                .append(quoted(value)).append('.');
        if (type != null && type.isEnum()) {
            detail.append(" Accepted values: ").append(Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "))).append('.');
        }
        else if (type != null && Number.class.isAssignableFrom(type)) {
            detail.append(" It takes a whole number.");
        }
        return detail.toString();
    }

    private static String quoted(Object value) {
        String text = value instanceof String[] values ? String.join(", ", values) : String.valueOf(value);
        return "'" + (text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text) + "'";
    }

    /** The type of one value of a record's component: the element type of a {@code Set<Feasibility>}. */
    private static Class<?> elementType(Class<?> record, FieldError error) {
        if (!record.isRecord()) {
            return null;
        }
        String name = error.getField().replaceAll("\\[.*$", "");
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                Type type = component.getGenericType();
                if (type instanceof ParameterizedType parameterized
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
                    return element;
                }
                return component.getType();
            }
        }
        return null;
    }
}
