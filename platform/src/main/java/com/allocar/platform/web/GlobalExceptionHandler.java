package com.allocar.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.ErrorEnvelope;
import com.allocar.platform.lifecycle.IllegalTransition;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one mapping from exceptions to the spec's error envelope. A client mistake is never a 500,
 * and no answer ever carries a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ErrorEnvelope> api(ApiException e) {
        return ErrorResponses.of(e);
    }

    /** A lifecycle's refusal: 409 conflict naming the current state and the states allowed from it. */
    @ExceptionHandler(IllegalTransition.class)
    public ResponseEntity<ErrorEnvelope> illegalTransition(IllegalTransition e) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("current", e.current());
        details.put("allowed", e.allowed());
        return ErrorResponses.of(ApiException.conflict(e.getMessage(), details));
    }

    @ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
    public ResponseEntity<ErrorEnvelope> invalidBody(BindException e) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            fields.add(field(SnakeCase.of(fe.getField()), fe.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(ge -> fields.add(field(ge.getObjectName(), ge.getDefaultMessage())));
        return validation(fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ErrorEnvelope> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, Object>> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> {
            String name = r.getMethodParameter().getParameterName();
            r.getResolvableErrors().forEach(err -> fields.add(field(SnakeCase.of(String.valueOf(name)), err.getDefaultMessage())));
        });
        return validation(fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ErrorEnvelope> constraintViolation(ConstraintViolationException e) {
        List<Map<String, Object>> fields = e.getConstraintViolations().stream()
                .map(v -> field(SnakeCase.of(lastNode(v.getPropertyPath().toString())), v.getMessage()))
                .toList();
        return validation(fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ErrorEnvelope> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return validation(List.of(field(path(u), "unknown field")));
        }
        if (cause instanceof InvalidFormatException f) {
            String message = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? "must be one of " + enumValues(f.getTargetType())
                    : "invalid value";
            return validation(List.of(field(path(f), message)));
        }
        if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return validation(List.of(field(path(m), "wrong type")));
        }
        if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
            return validation(List.of(field(path(d), "invalid value")));
        }
        String message = cause instanceof JacksonException ? "Malformed JSON body" : "Request body is missing or unreadable";
        return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, message, Map.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ErrorEnvelope> missingParameter(MissingServletRequestParameterException e) {
        return validation(List.of(field(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ResponseEntity<ErrorEnvelope> missingHeader(MissingRequestHeaderException e) {
        return validation(List.of(field(e.getHeaderName(), "header is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ErrorEnvelope> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "a valid value" : type.isEnum() ? "one of " + enumValues(type) : "a valid " + type.getSimpleName();
        return validation(List.of(field(e.getName(), "must be " + expected)));
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<ErrorEnvelope> unauthenticated(AuthenticationException e) {
        return ErrorResponses.of(ErrorCode.AUTH_REQUIRED, "Authentication required", Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ErrorEnvelope> denied(AccessDeniedException e) {
        return ErrorResponses.of(ErrorCode.FORBIDDEN, "You are not allowed to do this", Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<ErrorEnvelope> noRoute(NoResourceFoundException e) {
        return ErrorResponses.of(ErrorCode.NOT_FOUND, "No such endpoint", Map.of("path", "/" + e.getResourcePath()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ErrorEnvelope> method(HttpRequestMethodNotSupportedException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", e.getMethod());
        if (e.getSupportedHttpMethods() != null) {
            details.put("allowed", e.getSupportedHttpMethods().stream().map(Object::toString).toList());
        }
        return ErrorResponses.of(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed", details);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ErrorEnvelope> mediaType(HttpMediaTypeNotSupportedException e) {
        return ErrorResponses.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Only application/json is accepted", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<ErrorEnvelope> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ErrorResponses.of(ErrorCode.NOT_ACCEPTABLE, "Only application/json is produced", Map.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ErrorEnvelope> tooLarge(MaxUploadSizeExceededException e) {
        return ErrorResponses.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request body too large", Map.of());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    public ResponseEntity<ErrorEnvelope> concurrentChange(RuntimeException e) {
        return ErrorResponses.of(ErrorCode.CONFLICT, "The resource was changed concurrently; reload and retry", Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ErrorEnvelope> integrity(DataIntegrityViolationException e) {
        log.info("integrity violation mapped to conflict: {}", e.getMostSpecificCause().getMessage());
        return ErrorResponses.of(ErrorCode.CONFLICT, "The request conflicts with existing data", Map.of());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ErrorEnvelope> unexpected(Exception e) {
        log.error("unhandled error", e);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, "Internal error", Map.of());
    }

    private static ResponseEntity<ErrorEnvelope> validation(List<Map<String, Object>> fields) {
        return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "Invalid request", Map.of("fields", fields));
    }

    private static Map<String, Object> field(String name, String message) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("field", name);
        f.put("message", message == null ? "invalid" : message);
        return f;
    }

    private static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static List<String> enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
