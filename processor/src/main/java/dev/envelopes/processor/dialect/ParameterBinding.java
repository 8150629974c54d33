package dev.envelopes.processor.dialect;

import dev.envelopes.processor.model.ParameterModel;
import java.util.Optional;

/**
 * How a framework binds one parameter of a resource method, read from its annotations.
 *
 * @param source where its value comes from
 * @param wireName the name clients know it by: the named part of the request, {@link
 *     ParameterModel#BODY} for the request body, and empty for the rest
 * @param defaultValue the value it gets when the request has none, if it declares one
 * @param withoutValue what it gets when the request has none and it declares no default
 */
public record ParameterBinding(
    ParameterModel.Source source,
    String wireName,
    Optional<String> defaultValue,
    ParameterModel.WithoutValue withoutValue) {}
