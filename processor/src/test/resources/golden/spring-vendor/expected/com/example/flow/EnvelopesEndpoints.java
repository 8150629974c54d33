package com.example.flow;

import dev.envelopes.CursorKey;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import org.springframework.core.MethodParameter;

/**
 * The enveloped handler methods of the API, by their {@code Method}: what the return value handler,
 * the paging checks and the exception handler look up for each request, in one hash lookup. The
 * methods are looked up once, when the application starts; no request reflects on anything.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class EnvelopesEndpoints {
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
                Map.entry(TaskController.class, TaskControllerEnvelopes.endpoints(properties)));
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
}
