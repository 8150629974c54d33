package com.example.shop;

import com.example.shop.contacts.ContactController;
import com.example.shop.contacts.ContactControllerEnvelopes;
import dev.envelopes.CursorKey;
import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The enveloped handler methods of the API, by their {@code Method}: what the return value handler,
 * the paging checks and the exception handler look up for each request, in one hash lookup. The
 * methods are looked up once, when the application starts; no request reflects on anything.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class EnvelopesEndpoints {
    /**
     * The paths below {@link com.example.shop.contacts.ContactController}: {@code /contacts}.
     */
    private static final Pattern PATH_OF_CONTACT_CONTROLLER = Pattern.compile("\\Q/contacts\\E(/.*)?");

    /**
     * The paths below {@link com.example.shop.OrderController}: {@code /orders}.
     */
    private static final Pattern PATH_OF_ORDER_CONTROLLER = Pattern.compile("\\Q/orders\\E(/.*)?");

    /**
     * The paths of {@link com.example.shop.OrderController#label}: {@code /orders/{id}/label}.
     */
    private static final Pattern PATH_OF_ORDER_CONTROLLER_LABEL = Pattern.compile("\\Q/orders/\\E([^/]+?)\\Q/label\\E/?");

    /**
     * The paths of {@link com.example.shop.OrderController#count}: {@code /orders/count}.
     */
    private static final Pattern PATH_OF_ORDER_CONTROLLER_COUNT = Pattern.compile("\\Q/orders/count\\E/?");

    private final Map<Method, EnvelopesEndpoint> byMethod;

    /**
     * The return type each method's answer is written as: its envelope record, with the method's own
     * annotations.
     */
    private final Map<Method, MethodParameter> envelopeTypes;

    /**
     * @param properties the application's properties, which configure the keys of the cursors
     */
    public EnvelopesEndpoints(Function<String, Object> properties) {
        CursorKey.warnIfMissing(properties.apply(CursorKey.PROPERTY));
        Map<Method, EnvelopesEndpoint> all = new HashMap<>();
        all.putAll(OrderControllerEnvelopes.endpoints());
        all.putAll(ContactControllerEnvelopes.endpoints(properties));
        Map<Method, MethodParameter> types = new HashMap<>();
        all.forEach((method, endpoint) -> types.put(method, new EnvelopeReturnType(method, endpoint.envelopeType())));
        this.byMethod = Map.copyOf(all);
        this.envelopeTypes = Map.copyOf(types);
    }

    /**
     * The endpoint of {@code method}, or {@code null} when it is not enveloped.
     */
    public EnvelopesEndpoint of(Method method) {
        return byMethod.get(method);
    }

    /**
     * The return type {@code method}'s answer is written as.
     */
    MethodParameter envelopeTypeOf(Method method) {
        return envelopeTypes.get(method);
    }

    /**
     * The handler method {@code type} declares with {@code name} and {@code parameterTypes}, which
     * the processor saw when it compiled the controller.
     */
    public static Method method(Class<?> type, String name, Class<?>... parameterTypes) {
        try {
            return type.getDeclaredMethod(name, parameterTypes);
        } catch (NoSuchMethodException changed) {
            throw new IllegalStateException(type.getName() + "." + name
                    + " is not the method Envelopes generated code for: compile the API again", changed);
        }
    }

    /**
     * The style of the handler method the request reached, as its annotations chose it; for a request
     * that reached none, such as one for an unknown path, that of the controller its path matches.
     */
    public Style styleOf(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return styleOfPath(request.getRequestURI().substring(request.getContextPath().length()));
        }
        EnvelopesEndpoint endpoint = byMethod.get(handler.getMethod());
        if (endpoint != null) {
            return endpoint.style();
        }
        Class<?> resource = handler.getBeanType();
        Method method = handler.getMethod();
        if (OrderController.class.isAssignableFrom(resource)) {
            return switch (method.getName()) {
                case "count" -> Style.BARE;
                case "label" -> Style.BARE;
                default -> Style.META;
            };
        }
        if (ContactController.class.isAssignableFrom(resource)) {
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
        if (PATH_OF_CONTACT_CONTROLLER.matcher(absolute).matches()) {
            return Style.BARE;
        }
        if (PATH_OF_ORDER_CONTROLLER.matcher(absolute).matches()) {
            if (PATH_OF_ORDER_CONTROLLER_LABEL.matcher(absolute).matches()) {
                return Style.BARE;
            }
            if (PATH_OF_ORDER_CONTROLLER_COUNT.matcher(absolute).matches()) {
                return Style.BARE;
            }
            return Style.META;
        }
        return Style.META;
    }
}
