package com.example.contacts;

import dev.envelopes.FieldMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import javax.annotation.processing.Generated;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers the API's declared exceptions and Spring MVC's own in the bare style: Spring calls the
 * handler of the nearest superclass. Any other exception is left to advice of yours, then to
 * {@link EnvelopesInternalErrors}.
 *
 * <ul>
 *   <li>{@link EnvelopesRefusal}: the answer of a check that refused the request before the handler
 *   <li>{@link ContactNotFound}: 404
 *   <li>{@link MethodArgumentNotValidException}, {@link HandlerMethodValidationException}: 400, each
 *       invalid field with its messages
 *   <li>{@link HttpMessageNotReadableException}: 400, the body is missing, not JSON, or a field does
 *       not fit
 *   <li>{@link MissingServletRequestParameterException}: 400 naming the parameter
 *   <li>{@link MethodArgumentTypeMismatchException}: 404 for a path or query parameter, as Jakarta
 *       REST answers; else 400 naming the parameter
 *   <li>Spring's other {@link ErrorResponse}s ({@code NoResourceFoundException},
 *       {@code HttpRequestMethodNotSupportedException}, {@code HttpMediaTypeNotAcceptableException},
 *       {@code HttpMediaTypeNotSupportedException}, {@code ResponseStatusException}, ...): their status
 *       and headers, the style's sentence
 *   <li>those of Spring's that are the server's fault ({@code HttpMessageNotWritableException}, ...): 500
 * </ul>
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@RestControllerAdvice
@Order(EnvelopesExceptionHandler.ORDER)
public final class EnvelopesExceptionHandler {
    /**
     * The order of this advice: ahead of Spring Boot's {@code ProblemDetailsExceptionHandler} (order 0)
     * and of advice with the default order, so that the style answers Spring's own exceptions; behind
     * any advice of yours ordered higher. It answers no exception it does not name, so your advice
     * still answers your other exceptions.
     */
    static final int ORDER = -1000;

    private final EnvelopesEndpoints endpoints;

    private final EnvelopesInternalErrors internalErrors;

    private final EnvelopesBodyNames bodyNames;

    EnvelopesExceptionHandler(EnvelopesEndpoints endpoints, EnvelopesInternalErrors internalErrors,
            EnvelopesBodyNames bodyNames) {
        this.endpoints = endpoints;
        this.internalErrors = internalErrors;
        this.bodyNames = bodyNames;
    }

    @ExceptionHandler(EnvelopesRefusal.class)
    ResponseEntity<Object> refused(EnvelopesRefusal refusal) {
        return refusal.answer();
    }

    @ExceptionHandler(ContactNotFound.class)
    ResponseEntity<Object> contactNotFound(ContactNotFound exception) {
        return BareResponses.error(404, "NOT_FOUND",
                BareResponses.messageOf(exception, "Not Found"));
    }

    /**
     * A {@code @Valid} body that does not validate, on a method without constraints of its own.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalidBody(MethodArgumentNotValidException exception,
            HttpServletRequest request) {
        FieldMessages messages = new FieldMessages();
        String parameter = parameterName(request, exception.getParameter().getParameterIndex());
        addErrors(messages, parameter, exception.getBindingResult().getTarget(), exception.getBindingResult());
        return BareResponses.error(400, "VALIDATION_ERROR", FieldMessages.inOneSentence(messages.byField()));
    }

    /**
     * Parameters that do not validate, on a method with constraints on its parameters (Spring's
     * method validation).
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalidParameters(HandlerMethodValidationException exception,
            HttpServletRequest request) {
        FieldMessages messages = new FieldMessages();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            String parameter = parameterName(request, result.getMethodParameter().getParameterIndex());
            if (result instanceof ParameterErrors errors) {
                addErrors(messages, parameter, errors.getArgument(), errors);
            } else {
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    messages.add(parameter, error.getDefaultMessage());
                }
            }
        }
        return BareResponses.error(400, "VALIDATION_ERROR", FieldMessages.inOneSentence(messages.byField()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadableBody(HttpMessageNotReadableException exception,
            HttpServletRequest request) {
        BodyFailure failure = EnvelopesJsonFailures.kindOf(exception.getCause());
        if (failure == BodyFailure.SERVER_FAULT) {
            return internalErrors.answer(exception, request);
        }
        String field = EnvelopesJsonFailures.pathOf(exception.getCause());
        return switch (failure) {
            case MISSING -> BareResponses.error(400, "VALIDATION_ERROR", "body: must not be null");
            case NOT_JSON -> BareResponses.error(400, "VALIDATION_ERROR", "The request body is not valid JSON.");
            case LIMITS -> BareResponses.error(400, "VALIDATION_ERROR", "The request body exceeds a limit of the JSON reader: the length of a number, name or string, or the depth of nesting.");
            case UNKNOWN_FIELD, MISMATCH -> field == null
                ? BareResponses.error(400, "VALIDATION_ERROR", "The request body does not have the expected shape.")
                : BareResponses.error(400, "VALIDATION_ERROR", field + (failure == BodyFailure.UNKNOWN_FIELD ? ": is not a known field" : ": does not have the expected type or format"));
            default -> BareResponses.error(400, "VALIDATION_ERROR", "The request is not valid.");
        };
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException exception) {
        return BareResponses.error(400, "VALIDATION_ERROR", exception.getParameterName() + ": must be given");
    }

    /**
     * A parameter Spring could not convert: a path or query parameter means no resource, as Jakarta
     * REST answers it; a header or cookie, a bad request naming it.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> mismatchedParameter(MethodArgumentTypeMismatchException exception) {
        if (exception.getParameter().hasParameterAnnotation(PathVariable.class)
                || exception.getParameter().hasParameterAnnotation(RequestParam.class)) {
            return BareResponses.fromFramework(HttpStatus.NOT_FOUND, HttpHeaders.EMPTY);
        }
        return BareResponses.error(400, "VALIDATION_ERROR", exception.getName() + ": does not have the expected type or format");
    }

    /**
     * Spring's own errors, with their status and headers; those that are the server's fault (500) as
     * {@link EnvelopesInternalErrors} answers them.
     */
    @ExceptionHandler({
                    NoResourceFoundException.class,
                    NoHandlerFoundException.class,
                    HttpRequestMethodNotSupportedException.class,
                    HttpMediaTypeNotAcceptableException.class,
                    HttpMediaTypeNotSupportedException.class,
                    ErrorResponseException.class,
                    ServletRequestBindingException.class,
                    MissingServletRequestPartException.class,
                    MaxUploadSizeExceededException.class,
                    AsyncRequestTimeoutException.class,
                    ConversionNotSupportedException.class,
                    TypeMismatchException.class,
                    HttpMessageNotWritableException.class,
                    MethodValidationException.class})
    ResponseEntity<Object> framework(Exception exception, HttpServletRequest request) {
        if (exception instanceof HttpMediaTypeException && malformedMediaType(request)) {
            // Not a media type at all: a bad request, as Jakarta REST answers it.
            return BareResponses.fromFramework(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY);
        }
        if (exception instanceof ErrorResponse framework && framework.getStatusCode().value() != 500) {
            return BareResponses.fromFramework(framework.getStatusCode(), framework.getHeaders());
        }
        return internalErrors.answer(exception, request);
    }

    /**
     * The name clients know parameter {@code index} of the handler method the request reached by, or
     * {@code null}.
     */
    private String parameterName(HttpServletRequest request, int index) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler instanceof HandlerMethod method) {
            EnvelopesEndpoint endpoint = endpoints.of(method.getBeanType(), method.getMethod());
            if (endpoint != null) {
                return endpoint.parameterName(index);
            }
        }
        return null;
    }

    /**
     * Adds the errors of one parameter, whose value is {@code argument}: a path into the request body
     * stands alone, named as in its JSON; into another parameter it follows its name.
     */
    private void addErrors(FieldMessages messages, String parameter, Object argument,
            Errors errors) {
        boolean body = parameter == null || parameter.equals("body");
        for (FieldError error : errors.getFieldErrors()) {
            messages.add(body ? bodyNames.jsonPath(argument, error.getField()) : parameter + "." + error.getField(),
                    error.getDefaultMessage(), error.getRejectedValue() == null);
        }
        for (ObjectError error : errors.getGlobalErrors()) {
            messages.add(body ? null : parameter, error.getDefaultMessage());
        }
    }

    /**
     * Whether the request's {@code Content-Type} or {@code Accept} is not a media type at all, which
     * Spring answers 415 or 406 as if it named one the handler does not take.
     */
    private static boolean malformedMediaType(HttpServletRequest request) {
        try {
            if (request.getContentType() != null) {
                MediaType.parseMediaType(request.getContentType());
            }
            Enumeration<String> accept = request.getHeaders(HttpHeaders.ACCEPT);
            while (accept.hasMoreElements()) {
                MediaType.parseMediaTypes(accept.nextElement());
            }
            return false;
        } catch (InvalidMediaTypeException malformed) {
            return true;
        }
    }
}
