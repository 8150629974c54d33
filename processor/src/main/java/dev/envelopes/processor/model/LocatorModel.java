package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.Style;
import java.util.Optional;

/**
 * One enveloped sub-resource locator: a method with a path and no HTTP method, whose
 * returned object serves the rest of the request.
 *
 * @param name the method's name
 * @param path the template of its path, below its class's, if it declares one
 * @param returnType the type it declares to return
 * @param subResource the class whose resource methods serve the rest of the request, when the
 *     return type names one that can be read at compile time
 * @param style the style the sub-resource answers in when this locator returns it: its class's
 *     own, else the locator's
 * @param origin the method
 */
public record LocatorModel(
    String name,
    Optional<String> path,
    TypeName returnType,
    Optional<ClassName> subResource,
    Style style,
    Origin origin) {}
