package com.example.flow;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.envelopes.AsyncFailures;
import dev.envelopes.ErrorBounds;
import dev.envelopes.FieldMessages;
import dev.envelopes.ParameterNames;
import dev.envelopes.PrintableFailures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Answers every exception in the vendor style, testing the classes below in order, most specific
 * first. An exception that none of them declares is logged in full and answered with a 500 that
 * says nothing about it.
 *
 * <ul>
 *   <li>{@link JsonParseException}: 400, the body is not JSON
 *   <li>{@link JsonMappingException}: 400 naming the field that does not fit, or 500 when the server is at fault
 *   <li>{@link StreamConstraintsException}: 400, the body is past a limit of the JSON reader
 *   <li>{@link ConstraintViolationException}: 400, each invalid field with its messages
 *   <li>{@link TaskNotFound}: 404, its message
 *   <li>{@link WebApplicationException}: the framework's own status, such as 404 for an unknown path
 * </ul>
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class EnvelopesExceptionMapper implements ExceptionMapper<Throwable> {
    private static final System.Logger LOG = System.getLogger(EnvelopesExceptionMapper.class.getName());

    /**
     * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
     */
    @Context
    private Providers providers;

    @Override
    public Response toResponse(Throwable exception) {
        return respond(readerFailureOf(AsyncFailures.unwrapped(exception)), providers);
    }

    /**
     * The answer to {@code exception}: the first test it passes decides.
     */
    static Response respond(Throwable exception, Providers providers) {
        if (exception instanceof JsonParseException) {
            return VendorResponses.error(400, "invalid_attribute",
                    "The request body is not valid JSON.", null);
        }
        if (exception instanceof JsonMappingException failure) {
            return vendorJsonMapping(failure);
        }
        if (exception instanceof StreamConstraintsException) {
            return VendorResponses.error(400, "invalid_attribute",
                    "The request body exceeds a limit of the JSON reader: the length of a number, name or string, or the depth of nesting.", null);
        }
        if (exception instanceof ConstraintViolationException failure) {
            return vendorViolations(failure, 400, "invalid_attribute", providers);
        }
        if (exception instanceof TaskNotFound) {
            return VendorResponses.error(404, "record_not_found",
                    VendorResponses.messageOf(exception, "Not Found"), null);
        }
        if (exception instanceof WebApplicationException failure) {
            return VendorResponses.fromFramework(failure.getResponse());
        }
        return vendorInternalError(exception);
    }

    /**
     * The JSON library's failure to read the request body, when the runtime wrapped it in a 400 of its
     * own; else {@code exception}.
     */
    private static Throwable readerFailureOf(Throwable exception) {
        if (exception instanceof WebApplicationException failure && failure.getResponse().getStatus() == 400 && failure.getCause() instanceof JsonProcessingException cause) {
            return cause;
        }
        return exception;
    }

    /**
     * Answers JSON that does not fit the expected type with an {@code invalid_attribute} error naming
     * the field. A failure to write the answer, or a type that cannot be read at all, is the server's
     * fault and answers 500.
     */
    private static Response vendorJsonMapping(JsonMappingException exception) {
        if (exception instanceof InvalidDefinitionException || !(exception.getProcessor() instanceof JsonParser)) {
            return vendorInternalError(exception);
        }
        String field = jsonPathOf(exception);
        if (field == null) {
            return VendorResponses.error(400, "invalid_attribute", "The request body does not have the expected shape.", null);
        }
        String problem = exception instanceof UnrecognizedPropertyException ? "is not a known field" : "does not have the expected type or format";
        return VendorResponses.error(400, "invalid_attribute", field + " " + problem, field);
    }

    /**
     * The path in the request body where reading failed, such as {@code items[2].name}, or {@code null}.
     */
    private static String jsonPathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : ErrorBounds.name(path.toString());
    }

    /**
     * Answers validation failures in the vendor style: one error per field, whose message joins the
     * field's messages in order; a field with no value at all is a {@code missing_param}. A violation
     * of a return value is the server's fault and answers 500.
     */
    private static Response vendorViolations(ConstraintViolationException exception, int status,
            String code, Providers providers) {
        Map<String, List<String>> messages = messagesByField(exception, providers);
        if (messages == null) {
            return vendorInternalError(exception);
        }
        Set<String> missing = new HashSet<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            if (violation.getInvalidValue() == null) {
                missing.add(fieldOf(violation, providers));
            }
        }
        List<VendorErrorDetail> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : messages.entrySet()) {
            if (field.getKey() != null && missing.contains(field.getKey())) {
                errors.add(VendorResponses.detail("missing_param", "param is missing or the value is empty: " + field.getKey(), field.getKey()));
                continue;
            }
            String message = String.join(", ", field.getValue());
            errors.add(VendorResponses.detail(code, field.getKey() == null ? message : field.getKey() + " " + message, field.getKey()));
        }
        return VendorResponses.error(status, errors);
    }

    /**
     * The messages of each invalid field in order, by field name, with those of no single field first,
     * under {@code null}; {@code null} when a return value is invalid, which is the server's fault.
     */
    private static Map<String, List<String>> messagesByField(ConstraintViolationException exception,
            Providers providers) {
        FieldMessages messages = new FieldMessages();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return null;
                }
            }
            messages.add(fieldOf(violation, providers), violation.getMessage());
        }
        return messages.byField();
    }

    /**
     * The field a violation is about, by the name the client knows: a parameter's name, a path into
     * the request body such as {@code items[2].name}, or {@code null} when it concerns no single field.
     * The body's properties have the names of its JSON, as {@link EnvelopesBodyNames} finds them.
     */
    private static String fieldOf(ConstraintViolation<?> violation, Providers providers) {
        String method = null;
        String parameter = null;
        StringBuilder path = new StringBuilder();
        EnvelopesBodyNames body = EnvelopesBodyNames.of(providers, violation.getRootBean());
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String name = parameterName(violation.getRootBeanClass(), method, index);
                parameter = name == null ? node.getName() : name;
                path.setLength(0);
                body = EnvelopesBodyNames.of(providers, violation.getExecutableParameters()[index]);
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    body = body.element();
                }
                if (node.getKind() == ElementKind.PROPERTY) {
                    body = body.property(node.getName());
                    path.append(path.length() == 0 ? "" : ".").append(body.name());
                }
            }
        }
        if (path.length() == 0) {
            return parameter;
        }
        // A path into the request body stands alone; into another parameter, it follows its name.
        return parameter == null || parameter.equals("body") ? path.toString() : parameter + "." + path;
    }

    /**
     * The name clients know a resource method's parameter by: its query, path, header, cookie,
     * matrix or form parameter name, or {@code body} for the request body; {@code null} if unknown.
     */
    private static String parameterName(Class<?> resource, String method, int index) {
        if (TaskResource.class.isAssignableFrom(resource)) {
            return parameterNameInTaskResource(method, index);
        }
        return null;
    }

    /**
     * As {@link #parameterName}, for the methods of {@link TaskResource}.
     */
    private static String parameterNameInTaskResource(String method, int index) {
        return switch (method) {
            case "list" -> ParameterNames.at(index, "organization_id", "view", "cursor", "limit");
            case "get" -> ParameterNames.at(index, "id");
            case "create" -> ParameterNames.at(index, "body");
            case "update" -> ParameterNames.at(index, "id", "body");
            default -> null;
        };
    }

    /**
     * Logs {@code exception} in full and answers a vendor 500 that says nothing about it.
     */
    private static Response vendorInternalError(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "Answered 500 to an exception that no @ApiError or @MapException declares", PrintableFailures.of(exception));
        return VendorResponses.internalError();
    }

    /**
     * Answers {@link JsonParseException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class JsonParseErrors implements ExceptionMapper<JsonParseException> {
        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(JsonParseException exception) {
            return respond(exception, providers);
        }
    }

    /**
     * Answers {@link JsonMappingException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class JsonMappingErrors implements ExceptionMapper<JsonMappingException> {
        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(JsonMappingException exception) {
            return respond(exception, providers);
        }
    }

    /**
     * Answers {@link MismatchedInputException}, a wrong type or an unknown field, ahead of a runtime's own mapper for it,
     * which would answer outside the envelope and win over the mapper of its superclass.
     */
    @Provider
    public static final class JsonInputMismatches implements ExceptionMapper<MismatchedInputException> {
        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(MismatchedInputException exception) {
            return respond(exception, providers);
        }
    }

    /**
     * Answers {@link StreamConstraintsException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class JsonLimitErrors implements ExceptionMapper<StreamConstraintsException> {
        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(StreamConstraintsException exception) {
            return respond(exception, providers);
        }
    }

    /**
     * Answers {@link ConstraintViolationException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return respond(exception, providers);
        }
    }
}
