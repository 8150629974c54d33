package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One enveloped resource class.
 *
 * @param type the class
 * @param kind what kind of type carries the annotation, since only a class can be a resource
 * @param hasPath whether the class carries {@code @Path}, making it a root resource
 * @param subResource whether an enveloped sub-resource locator returns it, which envelopes all its
 *     resource methods in the style of that locator unless it chooses its own
 * @param envelopedAsClass whether {@code @Enveloped} is on the class, rather than on single methods
 * @param endpoints its enveloped methods, in source order
 * @param locators its enveloped sub-resource locators, in source order
 * @param payloadJson how the payloads of its envelopes are written
 * @param origin the class, and its {@code @Enveloped} annotation when it has one
 */
public record ResourceModel(
    ClassName type,
    TypeKind kind,
    boolean hasPath,
    boolean subResource,
    boolean envelopedAsClass,
    List<EndpointModel> endpoints,
    List<LocatorModel> locators,
    PayloadJson payloadJson,
    Origin origin) {

  /** The kinds of type an annotation may sit on. */
  public enum TypeKind {
    CLASS,
    /** An abstract class: Jakarta REST serves a subclass, whose class the filters do not match. */
    ABSTRACT_CLASS,
    /** A class nested without {@code static}: Jakarta REST cannot create one on its own. */
    INNER_CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
  }
}
