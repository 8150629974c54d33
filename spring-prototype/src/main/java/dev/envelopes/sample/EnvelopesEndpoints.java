package dev.envelopes.sample;

import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
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
     * The paths below {@link TaskController}: {@code /projects/{projectId}/tasks}.
     */
    private static final Pattern PATH_OF_TASK_CONTROLLER = Pattern.compile("\\Q/projects/\\E([^/]+?)\\Q/tasks\\E(/.*)?");

    private final Map<Method, EnvelopesEndpoint> byMethod;

    /**
     * The return type each method's answer is written as: its envelope record, with the method's own
     * annotations.
     */
    private final Map<Method, MethodParameter> envelopeTypes;

    public EnvelopesEndpoints() {
        Map<Method, EnvelopesEndpoint> all = new HashMap<>();
        all.putAll(TaskControllerEnvelopes.endpoints());
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
     * The style of the handler method the request reached; for a request that reached none, such as
     * one for an unknown path or method, that of the controller its path matches.
     */
    public Style styleOf(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
            EnvelopesEndpoint endpoint = of(handler.getMethod());
            if (endpoint != null) {
                return endpoint.style();
            }
        }
        return styleOfPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * The style of a request that reached no handler method, from its path below the application's
     * context path: that of the most specific controller, and method, whose mapping matches it.
     */
    public static Style styleOfPath(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        if (PATH_OF_TASK_CONTROLLER.matcher(absolute).matches()) {
            return Style.META;
        }
        return Style.META;
    }

    /**
     * The handler method {@code type} declares with {@code name} and {@code parameterTypes}, which
     * the processor saw when it compiled the controller.
     */
    static Method method(Class<?> type, String name, Class<?>... parameterTypes) {
        try {
            return type.getDeclaredMethod(name, parameterTypes);
        } catch (NoSuchMethodException changed) {
            throw new IllegalStateException(type.getName() + "." + name
                    + " is not the method Envelopes generated code for: compile the API again", changed);
        }
    }
}
