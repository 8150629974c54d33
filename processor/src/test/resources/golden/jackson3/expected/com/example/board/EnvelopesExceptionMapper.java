package com.example.board;

import dev.envelopes.AsyncFailures;
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
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Answers every exception in the style of the resource method that failed, testing the classes below in order, most specific
 * first. An exception that none of them declares is logged in full and answered with a 500 that
 * says nothing about it.
 *
 * <ul>
 *   <li>{@link ConstraintViolationException}: 400, each invalid field with its messages
 *   <li>{@link WebApplicationException}: the framework's own status, such as 404 for an unknown path
 * </ul>
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@Provider
public final class EnvelopesExceptionMapper implements ExceptionMapper<Throwable> {
    private static final System.Logger LOG = System.getLogger(EnvelopesExceptionMapper.class.getName());

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
        return respond(AsyncFailures.unwrapped(exception), styleOf(resourceInfo, uriInfo));
    }

    /**
     * The answer to {@code exception} in {@code style}: the first test it passes decides.
     */
    static Response respond(Throwable exception, Style style) {
        if (exception instanceof ConstraintViolationException failure) {
            return switch (style) {
                case BARE -> bareViolations(failure, 400, "VALIDATION_ERROR");
                case STATUS -> statusViolations(failure);
                case VENDOR -> vendorViolations(failure, 400, "invalid_attribute");
                default -> violations(failure, MetaStatus.BAD_REQUEST);
            };
        }
        if (exception instanceof WebApplicationException failure) {
            return switch (style) {
                case BARE -> BareResponses.fromFramework(failure.getResponse());
                case STATUS -> StatusResponses.fromFramework(failure.getResponse());
                case VENDOR -> VendorResponses.fromFramework(failure.getResponse());
                default -> MetaResponses.fromFramework(failure.getResponse());
            };
        }
        return switch (style) {
            case BARE -> bareInternalError(exception);
            case STATUS -> statusInternalError(exception);
            case VENDOR -> vendorInternalError(exception);
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
        if (ColumnResource.class.isAssignableFrom(resource)) {
            return Style.STATUS;
        }
        if (DueResource.class.isAssignableFrom(resource)) {
            return Style.VENDOR;
        }
        if (LabelResource.class.isAssignableFrom(resource)) {
            return Style.BARE;
        }
        return Style.META;
    }

    /**
     * The style of a request that reached no resource method, from its path relative to the
     * application: that of the most specific resource, and method, whose template matches it.
     */
    static Style styleOfPath(String path) {
        if (LiteralPaths.under(path, "/columns")) {
            return Style.STATUS;
        }
        if (LiteralPaths.under(path, "/labels")) {
            return Style.BARE;
        }
        if (LiteralPaths.under(path, "/cards")) {
            return Style.META;
        }
        if (LiteralPaths.under(path, "/dues")) {
            return Style.VENDOR;
        }
        return Style.META;
    }

    /**
     * Answers validation failures with one entry per field, its messages in order and joined. A
     * violation of a return value is the server's fault and answers 500.
     */
    private static Response violations(ConstraintViolationException exception, MetaStatus status) {
        Map<String, List<String>> messages = messagesByField(exception);
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
            String code) {
        Map<String, List<String>> messages = messagesByField(exception);
        if (messages == null) {
            return bareInternalError(exception);
        }
        return BareResponses.error(status, code, FieldMessages.inOneSentence(messages));
    }

    /**
     * Answers validation failures with a 422 {@code failure}: one entry per field, with its messages
     * in order. A violation of a return value is the server's fault and answers 500.
     */
    private static Response statusViolations(ConstraintViolationException exception) {
        Map<String, List<String>> messages = messagesByField(exception);
        if (messages == null) {
            return statusInternalError(exception);
        }
        List<StatusAttributeErrors> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : messages.entrySet()) {
            errors.add(new StatusAttributeErrors(field.getKey(), List.copyOf(field.getValue())));
        }
        return StatusResponses.failure("The request is not valid.", errors, null);
    }

    /**
     * Answers validation failures in the vendor style: one error per field, whose message joins the
     * field's messages in order; a field with no value at all is a {@code missing_param}. A violation
     * of a return value is the server's fault and answers 500.
     */
    private static Response vendorViolations(ConstraintViolationException exception, int status,
            String code) {
        Map<String, List<String>> messages = messagesByField(exception);
        if (messages == null) {
            return vendorInternalError(exception);
        }
        Set<String> missing = new HashSet<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            if (violation.getInvalidValue() == null) {
                missing.add(fieldOf(violation));
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
    private static Map<String, List<String>> messagesByField(
            ConstraintViolationException exception) {
        FieldMessages messages = new FieldMessages();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return null;
                }
            }
            messages.add(fieldOf(violation), violation.getMessage());
        }
        return messages.byField();
    }

    /**
     * The field a violation is about, by the name the client knows: a parameter's name, a path into
     * the request body such as {@code items[2].name}, or {@code null} when it concerns no single field.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String method = null;
        String parameter = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String name = parameterName(violation.getRootBeanClass(), method, index);
                parameter = name == null ? node.getName() : name;
                path.setLength(0);
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (node.getKind() == ElementKind.PROPERTY) {
                    path.append(path.length() == 0 ? "" : ".").append(node.getName());
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
        if (CardResource.class.isAssignableFrom(resource)) {
            return parameterNameInCardResource(method, index);
        }
        if (ColumnResource.class.isAssignableFrom(resource)) {
            return parameterNameInColumnResource(method, index);
        }
        if (DueResource.class.isAssignableFrom(resource)) {
            return parameterNameInDueResource(method, index);
        }
        if (LabelResource.class.isAssignableFrom(resource)) {
            return parameterNameInLabelResource(method, index);
        }
        return null;
    }

    /**
     * As {@link #parameterName}, for the methods of {@link CardResource}.
     */
    private static String parameterNameInCardResource(String method, int index) {
        return switch (method) {
            case "list" -> ParameterNames.at(index, "offset", "limit");
            case "get" -> ParameterNames.at(index, "id");
            case "create" -> ParameterNames.at(index, "body");
            default -> null;
        };
    }

    /**
     * As {@link #parameterName}, for the methods of {@link ColumnResource}.
     */
    private static String parameterNameInColumnResource(String method, int index) {
        return switch (method) {
            case "cards" -> ParameterNames.at(index, "page", "per_page");
            case "top" -> ParameterNames.at(index, "id");
            default -> null;
        };
    }

    /**
     * As {@link #parameterName}, for the methods of {@link DueResource}.
     */
    private static String parameterNameInDueResource(String method, int index) {
        return switch (method) {
            case "list" -> ParameterNames.at(index, "cursor", "limit");
            case "get" -> ParameterNames.at(index, "id");
            default -> null;
        };
    }

    /**
     * As {@link #parameterName}, for the methods of {@link LabelResource}.
     */
    private static String parameterNameInLabelResource(String method, int index) {
        return switch (method) {
            case "list" -> ParameterNames.at(index, "cursor", "limit");
            case "get" -> ParameterNames.at(index, "name");
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
     * Logs {@code exception} in full and answers a status envelope 500 that says nothing about it.
     */
    private static Response statusInternalError(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "Answered 500 to an exception that no @ApiError or @MapException declares", PrintableFailures.of(exception));
        return StatusResponses.internalError();
    }

    /**
     * Logs {@code exception} in full and answers a vendor 500 that says nothing about it.
     */
    private static Response vendorInternalError(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "Answered 500 to an exception that no @ApiError or @MapException declares", PrintableFailures.of(exception));
        return VendorResponses.internalError();
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

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return respond(exception, styleOf(resourceInfo, uriInfo));
        }
    }
}
