package com.example.contacts;

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
}
