package com.example.crm;

import com.example.crm.contacts.ContactNotFound;
import com.example.crm.contacts.ContactResource;
import com.example.crm.contacts.CreditLimitExceeded;
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
import dev.envelopes.LiteralPaths;
import dev.envelopes.ParameterNames;
import dev.envelopes.PrintableFailures;
import dev.envelopes.Style;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Answers every exception in the style of the resource method that failed, testing the classes below in order, most specific
 * first. An exception that none of them declares is logged in full and answered with a 500 that
 * says nothing about it.
 *
 * <ul>
 *   <li>{@link JsonParseException}: 400, the body is not JSON
 *   <li>{@link JsonMappingException}: 400 naming the field that does not fit, or 500 when the server is at fault
 *   <li>{@link StreamConstraintsException}: 400, the body is past a limit of the JSON reader
 *   <li>{@link ConstraintViolationException}: 400, each invalid field with its messages
 *   <li>{@link ContactNotFound}: 404, its message; in the bare style 404 NOT_FOUND
 *   <li>{@link CreditLimitExceeded}: 409, its message; in the bare style 400 BUSINESS_RULE_VIOLATION
 *   <li>{@link WebApplicationException}: the framework's own status, such as 404 for an unknown path
 * </ul>
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class EnvelopesExceptionMapper implements ExceptionMapper<Throwable> {
    private static final System.Logger LOG = System.getLogger(EnvelopesExceptionMapper.class.getName());

    /**
     * The paths of {@link com.example.crm.OrderResource#status}: {@code /orders/{id}/status}.
     */
    private static final Pattern PATH_OF_ORDER_RESOURCE_STATUS = Pattern.compile("\\Q/orders/\\E([^/]+?)\\Q/status\\E/?");

    /**
     * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
     */
    @Context
    private Providers providers;

    /**
     * The resource method the failed request reached, whose style the answer takes.
     */
    @Context
    private ResourceInfo resourceInfo;

    /**
     * The path of the failed request, whose resource's style the answer takes when it reached no
     * resource method.
     */
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return respond(readerFailureOf(AsyncFailures.unwrapped(exception)), styleOf(resourceInfo, uriInfo), providers);
    }

    /**
     * The answer to {@code exception} in {@code style}: the first test it passes decides.
     */
    static Response respond(Throwable exception, Style style, Providers providers) {
        if (exception instanceof JsonParseException) {
            return switch (style) {
                case BARE -> BareResponses.error(400, "VALIDATION_ERROR",
                        "The request body is not valid JSON.");
                default -> MetaResponses.error(MetaStatus.BAD_REQUEST,
                        "The request body is not valid JSON.");
            };
        }
        if (exception instanceof JsonMappingException failure) {
            return switch (style) {
                case BARE -> bareJsonMapping(failure);
                default -> jsonMapping(failure);
            };
        }
        if (exception instanceof StreamConstraintsException) {
            return switch (style) {
                case BARE -> BareResponses.error(400, "VALIDATION_ERROR",
                        "The request body exceeds a limit of the JSON reader: the length of a number, name or string, or the depth of nesting.");
                default -> MetaResponses.error(MetaStatus.BAD_REQUEST,
                        "The request body exceeds a limit of the JSON reader: the length of a number, name or string, or the depth of nesting.");
            };
        }
        if (exception instanceof ConstraintViolationException failure) {
            return switch (style) {
                case BARE -> bareViolations(failure, 400, "VALIDATION_ERROR", providers);
                default -> violations(failure, MetaStatus.BAD_REQUEST, providers);
            };
        }
        if (exception instanceof ContactNotFound) {
            return switch (style) {
                case BARE -> BareResponses.error(404, "NOT_FOUND",
                        BareResponses.messageOf(exception, "Not Found"));
                default -> MetaResponses.error(MetaStatus.NOT_FOUND,
                        MetaResponses.messageOf(exception, MetaStatus.NOT_FOUND));
            };
        }
        if (exception instanceof CreditLimitExceeded) {
            return switch (style) {
                case BARE -> BareResponses.error(400, "BUSINESS_RULE_VIOLATION",
                        BareResponses.messageOf(exception, "Conflict"));
                default -> MetaResponses.error(MetaStatus.CONFLICT,
                        MetaResponses.messageOf(exception, MetaStatus.CONFLICT));
            };
        }
        if (exception instanceof WebApplicationException failure) {
            return switch (style) {
                case BARE -> BareResponses.fromFramework(failure.getResponse());
                default -> MetaResponses.fromFramework(failure.getResponse());
            };
        }
        return switch (style) {
            case BARE -> bareInternalError(exception);
            default -> internalError(exception);
        };
    }

    /**
     * The style of the resource method the request reached, as its annotations chose it; for a
     * request that reached none, such as one for an unknown path, that of the resource its path
     * matches.
     */
    private static Style styleOf(ResourceInfo resourceInfo, UriInfo uriInfo) {
        Class<?> resource = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (resource == null || method == null) {
            return styleOfPath(uriInfo.getPath());
        }
        if (OrderResource.class.isAssignableFrom(resource)) {
            return switch (method.getName()) {
                case "status" -> Style.BARE;
                default -> Style.META;
            };
        }
        if (ContactResource.class.isAssignableFrom(resource)) {
            return Style.BARE;
        }
        return Style.META;
    }

    /**
     * The style of a request that reached no resource method, from its path relative to the
     * application: that of the most specific resource, and method, whose template matches it.
     */
    static Style styleOfPath(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        if (LiteralPaths.under(path, "/contacts")) {
            return Style.BARE;
        }
        if (LiteralPaths.under(path, "/orders")) {
            if (PATH_OF_ORDER_RESOURCE_STATUS.matcher(absolute).matches()) {
                return Style.BARE;
            }
            return Style.META;
        }
        return Style.META;
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
     * Answers JSON that does not fit the expected type with a 400 naming the field. A failure to write
     * the answer, or a type that cannot be read at all, is the server's fault and answers 500.
     */
    private static Response jsonMapping(JsonMappingException exception) {
        if (exception instanceof InvalidDefinitionException || !(exception.getProcessor() instanceof JsonParser)) {
            return internalError(exception);
        }
        String field = jsonPathOf(exception);
        if (field == null) {
            return MetaResponses.error(MetaStatus.BAD_REQUEST, "The request body does not have the expected shape.");
        }
        String problem = exception instanceof UnrecognizedPropertyException ? "is not a known field" : "does not have the expected type or format";
        return MetaResponses.error(MetaStatus.BAD_REQUEST, List.of(new MetaFieldError(field, problem)));
    }

    /**
     * Answers JSON that does not fit the expected type with a bare 400 naming the field. A failure to
     * write the answer, or a type that cannot be read at all, is the server's fault and answers 500.
     */
    private static Response bareJsonMapping(JsonMappingException exception) {
        if (exception instanceof InvalidDefinitionException || !(exception.getProcessor() instanceof JsonParser)) {
            return bareInternalError(exception);
        }
        String field = jsonPathOf(exception);
        if (field == null) {
            return BareResponses.error(400, "VALIDATION_ERROR", "The request body does not have the expected shape.");
        }
        String problem = exception instanceof UnrecognizedPropertyException ? "is not a known field" : "does not have the expected type or format";
        return BareResponses.error(400, "VALIDATION_ERROR", field + ": " + problem);
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
     * Answers validation failures with one entry per field, its messages in order and joined. A
     * violation of a return value is the server's fault and answers 500.
     */
    private static Response violations(ConstraintViolationException exception, MetaStatus status,
            Providers providers) {
        Map<String, List<String>> messages = messagesByField(exception, providers);
        if (messages == null) {
            return internalError(exception);
        }
        List<MetaFieldError> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : messages.entrySet()) {
            problems.add(new MetaFieldError(field.getKey(), String.join("; ", field.getValue())));
        }
        return MetaResponses.error(status, problems);
    }

    /**
     * Answers validation failures in the bare style: one message that names each field with its
     * messages, such as {@code fullName: must not be blank}. A violation of a return value is
     * the server's fault and answers 500.
     */
    private static Response bareViolations(ConstraintViolationException exception, int status,
            String code, Providers providers) {
        Map<String, List<String>> messages = messagesByField(exception, providers);
        if (messages == null) {
            return bareInternalError(exception);
        }
        return BareResponses.error(status, code, FieldMessages.inOneSentence(messages));
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
        if (OrderResource.class.isAssignableFrom(resource)) {
            return parameterNameInOrderResource(method, index);
        }
        if (ContactResource.class.isAssignableFrom(resource)) {
            return parameterNameInContactResource(method, index);
        }
        return null;
    }

    /**
     * As {@link #parameterName}, for the methods of {@link OrderResource}.
     */
    private static String parameterNameInOrderResource(String method, int index) {
        return switch (method) {
            case "get" -> ParameterNames.at(index, "id");
            case "status" -> ParameterNames.at(index, "id");
            default -> null;
        };
    }

    /**
     * As {@link #parameterName}, for the methods of {@link ContactResource}.
     */
    private static String parameterNameInContactResource(String method, int index) {
        return switch (method) {
            case "list" -> ParameterNames.at(index, "cursor", "limit");
            case "get" -> ParameterNames.at(index, "id");
            case "lookup" -> ParameterNames.at(index, "email");
            case "search" -> ParameterNames.at(index, "name");
            case "create" -> ParameterNames.at(index, "body");
            case "update" -> ParameterNames.at(index, "id", "body");
            case "delete" -> ParameterNames.at(index, "id");
            default -> null;
        };
    }

    /**
     * Logs {@code exception} in full and answers a 500 that says nothing about it.
     */
    private static Response internalError(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "Answered 500 to an exception that no @ApiError or @MapException declares", PrintableFailures.of(exception));
        return MetaResponses.internalError();
    }

    /**
     * Logs {@code exception} in full and answers a bare 500 that says nothing about it.
     */
    private static Response bareInternalError(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "Answered 500 to an exception that no @ApiError or @MapException declares", PrintableFailures.of(exception));
        return BareResponses.internalError();
    }

    /**
     * Answers {@link JsonParseException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class JsonParseErrors implements ExceptionMapper<JsonParseException> {
        /**
         * The resource method the failed request reached, whose style the answer takes.
         */
        @Context
        private ResourceInfo resourceInfo;

        /**
         * The path of the failed request, whose resource's style the answer takes when it reached no
         * resource method.
         */
        @Context
        private UriInfo uriInfo;

        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(JsonParseException exception) {
            return respond(exception, styleOf(resourceInfo, uriInfo), providers);
        }
    }

    /**
     * Answers {@link JsonMappingException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class JsonMappingErrors implements ExceptionMapper<JsonMappingException> {
        /**
         * The resource method the failed request reached, whose style the answer takes.
         */
        @Context
        private ResourceInfo resourceInfo;

        /**
         * The path of the failed request, whose resource's style the answer takes when it reached no
         * resource method.
         */
        @Context
        private UriInfo uriInfo;

        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(JsonMappingException exception) {
            return respond(exception, styleOf(resourceInfo, uriInfo), providers);
        }
    }

    /**
     * Answers {@link MismatchedInputException}, a wrong type or an unknown field, ahead of a runtime's own mapper for it,
     * which would answer outside the envelope and win over the mapper of its superclass.
     */
    @Provider
    public static final class JsonInputMismatches implements ExceptionMapper<MismatchedInputException> {
        /**
         * The resource method the failed request reached, whose style the answer takes.
         */
        @Context
        private ResourceInfo resourceInfo;

        /**
         * The path of the failed request, whose resource's style the answer takes when it reached no
         * resource method.
         */
        @Context
        private UriInfo uriInfo;

        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(MismatchedInputException exception) {
            return respond(exception, styleOf(resourceInfo, uriInfo), providers);
        }
    }

    /**
     * Answers {@link StreamConstraintsException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class JsonLimitErrors implements ExceptionMapper<StreamConstraintsException> {
        /**
         * The resource method the failed request reached, whose style the answer takes.
         */
        @Context
        private ResourceInfo resourceInfo;

        /**
         * The path of the failed request, whose resource's style the answer takes when it reached no
         * resource method.
         */
        @Context
        private UriInfo uriInfo;

        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(StreamConstraintsException exception) {
            return respond(exception, styleOf(resourceInfo, uriInfo), providers);
        }
    }

    /**
     * Answers {@link ConstraintViolationException} ahead of the library's own mapper, which would answer outside the envelope.
     */
    @Provider
    public static final class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        /**
         * The resource method the failed request reached, whose style the answer takes.
         */
        @Context
        private ResourceInfo resourceInfo;

        /**
         * The path of the failed request, whose resource's style the answer takes when it reached no
         * resource method.
         */
        @Context
        private UriInfo uriInfo;

        /**
         * The application's providers, whose {@code ObjectMapper} names the fields of a request body.
         */
        @Context
        private Providers providers;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return respond(exception, styleOf(resourceInfo, uriInfo), providers);
        }
    }
}
