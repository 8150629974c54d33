package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.ApiPlan;
import java.util.List;

/**
 * A web framework's binding: renders the plan of a valid API as the framework's sources, the last
 * step of the flow. A binding decides nothing; every choice is in the plan.
 */
public interface Binding {

  /**
   * Every API-wide type it may write into the package of {@code names}: the validator checks that
   * none is taken before anything is written, and {@link ApiWideFiles} writes no type that is not
   * listed, so the list cannot fall behind what the binding writes.
   */
  List<ClassName> apiWideTypes(GeneratedNames names);

  /** Writes the sources of {@code plan}. */
  void write(ApiPlan plan);
}
