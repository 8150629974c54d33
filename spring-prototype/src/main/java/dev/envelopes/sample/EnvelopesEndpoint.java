package dev.envelopes.sample;

import dev.envelopes.Style;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.annotation.processing.Generated;

/**
 * What the generated code does around one enveloped handler method: the checks before it runs, and
 * the envelope of what it returned. Each controller's {@code ...Envelopes} class implements it once
 * per method; {@link EnvelopesEndpoints} finds it by the handler's {@code Method}.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public interface EnvelopesEndpoint {
    /**
     * The style the method answers in, its errors too.
     */
    Style style();

    /**
     * The record the method's answers are written as.
     */
    Class<?> envelopeType();

    /**
     * Checks the request before the method runs, such as its paging parameters, and throws
     * {@link EnvelopesRefusal} with the style's 400 when it is refused.
     */
    default void check(HttpServletRequest request) {
    }

    /**
     * The envelope of {@code result}, what the method returned (the body of a {@code ResponseEntity}),
     * after setting the status and headers it states on {@code response}.
     */
    Object answer(Object result, HttpServletRequest request, HttpServletResponse response,
            PublicLinks links);

    /**
     * The name clients know the method's parameter {@code index} by ({@code body} for the request
     * body), or {@code null} for a parameter that is not a request's.
     */
    String parameterName(int index);
}
