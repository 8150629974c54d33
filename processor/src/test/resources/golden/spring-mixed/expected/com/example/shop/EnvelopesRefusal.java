package com.example.shop;

import javax.annotation.processing.Generated;
import org.springframework.http.ResponseEntity;

/**
 * A request the generated checks refused before the handler method ran, such as a page past its
 * limits, with the answer in the handler's style; {@link EnvelopesExceptionHandler} answers it as
 * it is. It has no stack trace: it is the client's mistake, not the server's.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
public final class EnvelopesRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The answer to the request; not serialized, as an exception's fields must allow.
     */
    private final transient ResponseEntity<Object> answer;

    public EnvelopesRefusal(ResponseEntity<Object> answer) {
        super("Refused with " + answer.getStatusCode().value(), null, false, false);
        this.answer = answer;
    }

    /**
     * The answer in the style of the handler method that was not called.
     */
    public ResponseEntity<Object> answer() {
        return answer;
    }
}
