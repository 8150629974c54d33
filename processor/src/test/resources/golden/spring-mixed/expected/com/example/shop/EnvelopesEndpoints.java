package com.example.shop;

import com.example.shop.contacts.ContactController;
import com.example.shop.contacts.ContactControllerEnvelopes;
import dev.envelopes.CursorKey;
import dev.envelopes.LiteralPaths;
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
     * The paths of {@link com.example.shop.OrderController#label}: {@code /orders/{id}/label}.
     */
    private static final Pattern PATH_OF_ORDER_CONTROLLER_LABEL = Pattern.compile("\\Q/orders/\\E([^/]+?)\\Q/label\\E/?");

    /**
     * The endpoints of each controller: its own handler methods and those it inherits, which two
     * controllers may share.
     */
    private final Map<Class<?>, Map<Method, EnvelopesEndpoint>> byController;

    /**
     * The return type each method's answer is written as: its envelope record, with the method's own
     * annotations.
     */
    private final Map<Class<?>, Map<Method, MethodParameter>> envelopeTypes;

    /**
     * @param properties the application's properties, which configure the keys of the cursors
     */
    public EnvelopesEndpoints(Function<String, Object> properties) {
        CursorKey.warnIfMissing(properties.apply(CursorKey.PROPERTY));
        this.byController = Map.ofEntries(
                Map.entry(OrderController.class, OrderControllerEnvelopes.endpoints()),
                Map.entry(ContactController.class, ContactControllerEnvelopes.endpoints(properties)));
        Map<Class<?>, Map<Method, MethodParameter>> all = new HashMap<>();
        byController.forEach((controller, endpoints) -> {
            Map<Method, MethodParameter> ofController = new HashMap<>();
            endpoints.forEach((method, endpoint) ->
                    ofController.put(method, new EnvelopeReturnType(method, endpoint.envelopeType())));
            all.put(controller, Map.copyOf(ofController));
        });
        this.envelopeTypes = Map.copyOf(all);
    }

    /**
     * The endpoint of {@code method} of {@code controller} (Spring's bean type of the handler), or
     * {@code null} when it is not enveloped.
     */
    public EnvelopesEndpoint of(Class<?> controller, Method method) {
        Map<Method, EnvelopesEndpoint> endpoints = byController.get(controller);
        return endpoints == null ? null : endpoints.get(method);
    }

    /**
     * The return type the answer of {@code method} of {@code controller} is written as.
     */
    MethodParameter envelopeTypeOf(Class<?> controller, Method method) {
        return envelopeTypes.get(controller).get(method);
    }

    /**
     * The handler method of {@code type} with {@code name} and {@code parameterTypes}, its own or
     * inherited, which the processor saw when it compiled the controller.
     */
    public static Method method(Class<?> type, String name, Class<?>... parameterTypes) {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            try {
                return declaring.getDeclaredMethod(name, parameterTypes);
            } catch (NoSuchMethodException inherited) {
                // Declared further up, if anywhere.
            }
        }
        throw new IllegalStateException(type.getName() + "." + name
                + " is not the method Envelopes generated code for: compile the API again");
    }

    /**
     * The style of the handler method the request reached, as its annotations chose it; for a request
     * that reached none, such as one for an unknown path, that of the controller its path matches.
     */
    public Style styleOf(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return styleOfPath(request.getRequestURI().substring(request.getContextPath().length()));
        }
        EnvelopesEndpoint endpoint = of(handler.getBeanType(), handler.getMethod());
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
        if (LiteralPaths.under(path, "/contacts")) {
            return Style.BARE;
        }
        if (LiteralPaths.under(path, "/orders")) {
            if (PATH_OF_ORDER_CONTROLLER_LABEL.matcher(absolute).matches()) {
                return Style.BARE;
            }
            if (LiteralPaths.at(path, "/orders/count")) {
                return Style.BARE;
            }
            return Style.META;
        }
        return Style.META;
    }
}
