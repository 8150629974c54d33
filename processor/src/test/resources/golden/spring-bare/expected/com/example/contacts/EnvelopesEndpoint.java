package com.example.contacts;

import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.annotation.processing.Generated;

/**
 * What the generated code does around one enveloped handler method: the checks before it runs, and
 * the envelope of what it returned. Each controller's {@code ...Envelopes} class extends it once per
 * method; {@link EnvelopesEndpoints} finds it by the handler's {@code Method}.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public abstract class EnvelopesEndpoint {
    private final Style style;

    private final Class<?> envelopeType;

    private final String[] parameterNames;

    /**
     * @param style the style the method answers in, its errors too
     * @param envelopeType the record its answers are written as
     * @param parameterNames the names clients know its parameters by, in order ({@code body} for the
     *     request body, {@code null} for one that is not a request's)
     */
    protected EnvelopesEndpoint(Style style, Class<?> envelopeType, String... parameterNames) {
        this.style = style;
        this.envelopeType = envelopeType;
        this.parameterNames = parameterNames.clone();
    }

    public final Style style() {
        return style;
    }

    public final Class<?> envelopeType() {
        return envelopeType;
    }

    /**
     * The name clients know the method's parameter {@code index} by, or {@code null}.
     */
    public final String parameterName(int index) {
        return index >= 0 && index < parameterNames.length ? parameterNames[index] : null;
    }

    /**
     * Checks the request before the method runs, such as its paging parameters, and throws
     * {@link EnvelopesRefusal} with the style's 400 when it is refused.
     */
    public void check(HttpServletRequest request) {
    }

    /**
     * The envelope of {@code result}, what the method returned (the body of a {@code ResponseEntity},
     * the value of a future), after setting the status and headers it states on {@code response}.
     */
    public abstract Object answer(Object result, HttpServletRequest request,
            HttpServletResponse response, PublicLinks links);
}
