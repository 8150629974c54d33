package com.example.contacts;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import javax.annotation.processing.Generated;
import org.springframework.core.MethodParameter;

/**
 * The return type of a handler method as its answer is written: its envelope record, with the
 * method's own annotations (such as {@code @JsonView}). Spring chooses the message converter and
 * the JSON type from it, so a method declared to return {@code String} or {@code long} is written
 * as its envelope, never by the {@code StringHttpMessageConverter}.
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
final class EnvelopeReturnType extends MethodParameter {
    private final Class<?> envelope;

    EnvelopeReturnType(Method method, Class<?> envelope) {
        super(method, -1);
        this.envelope = envelope;
    }

    private EnvelopeReturnType(EnvelopeReturnType original) {
        super(original);
        this.envelope = original.envelope;
    }

    @Override
    public Class<?> getParameterType() {
        return envelope;
    }

    @Override
    public Type getGenericParameterType() {
        return envelope;
    }

    @Override
    public EnvelopeReturnType clone() {
        return new EnvelopeReturnType(this);
    }
}
