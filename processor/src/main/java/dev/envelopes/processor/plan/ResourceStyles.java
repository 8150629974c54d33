package dev.envelopes.processor.plan;

import com.palantir.javapoet.ClassName;
import dev.envelopes.Style;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The style a failed request to one resource class answers in, when it is not the API's default.
 *
 * @param resource the resource class
 * @param whole the style of all of its methods, when they share one
 * @param methods otherwise, each method whose style is not the default, in the order of the class
 */
public record ResourceStyles(ClassName resource, Optional<Style> whole, List<MethodStyle> methods) {

  /** A method and the style it answers in. */
  public record MethodStyle(String method, Style style) {}

  /** The resources of {@code api} whose failed requests do not all answer in its default style. */
  static List<ResourceStyles> of(ApiModel api) {
    Style fallback = api.defaultStyle();
    List<ResourceStyles> resources = new ArrayList<>();
    for (ResourceModel resource : api.resources()) {
      Set<Style> styles = EnumSet.noneOf(Style.class);
      resource.endpoints().forEach(endpoint -> styles.add(endpoint.style()));
      if (styles.size() == 1) {
        Style only = styles.iterator().next();
        if (only != fallback) {
          resources.add(new ResourceStyles(resource.type(), Optional.of(only), List.of()));
        }
        continue;
      }
      List<MethodStyle> methods = new ArrayList<>();
      for (EndpointModel endpoint : resource.endpoints()) {
        if (endpoint.style() != fallback) {
          methods.add(new MethodStyle(endpoint.name(), endpoint.style()));
        }
      }
      resources.add(new ResourceStyles(resource.type(), Optional.empty(), List.copyOf(methods)));
    }
    return List.copyOf(resources);
  }
}
