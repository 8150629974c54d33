package dev.envelopes.processor.model;

import com.palantir.javapoet.ClassName;
import dev.envelopes.Style;
import java.util.List;
import java.util.Optional;

/**
 * One enveloped resource class.
 *
 * @param type the class
 * @param kind what kind of type carries the annotation, since only a class can be a resource
 * @param path the template of the class's own path, which makes it a root resource, if it has one
 * @param style the style the class answers in where no method of its chooses another: its own,
 *     its enclosing class's or its package's
 * @param subResource whether an enveloped sub-resource locator returns it, which envelopes all its
 *     resource methods in the style of that locator unless it chooses its own
 * @param envelopedAsClass whether {@code @Enveloped} is on the class, rather than on single methods
 * @param endpoints its enveloped methods, in source order
 * @param locators its enveloped sub-resource locators, in source order
 * @param payloadJson how the payloads of its envelopes are written
 * @param optOuts its methods that carry {@code @Unenveloped}, in source order
 * @param origin the class, and its {@code @Enveloped} annotation when it has one
 */
public record ResourceModel(
    ClassName type,
    TypeKind kind,
    Optional<String> path,
    Style style,
    boolean subResource,
    boolean envelopedAsClass,
    List<EndpointModel> endpoints,
    List<LocatorModel> locators,
    PayloadJson payloadJson,
    List<OptOut> optOuts,
    Origin origin) {

  /** Whether the class has a path of its own, making it a root resource. */
  public boolean hasPath() {
    return path.isPresent();
  }

  /** The kinds of type an annotation may sit on. */
  public enum TypeKind {
    CLASS,
    /** An abstract class: the framework serves a subclass, whose class the filters do not match. */
    ABSTRACT_CLASS,
    /** A class nested without {@code static}: the framework cannot create one on its own. */
    INNER_CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
  }
}
