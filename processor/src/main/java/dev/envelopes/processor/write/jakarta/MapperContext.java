package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.plan.ExceptionPlan;
import dev.envelopes.processor.plan.StatusTable;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What every part of the exception mapper's rendering shares: the plan it renders, the generated
 * names it refers to, and how the application's providers are passed along when body names need
 * them.
 */
record MapperContext(ApiModel api, ExceptionPlan plan, GeneratedNames names, StatusTable statuses) {

  /** What the chain passes on after the exception: the providers, when body names need them. */
  String passedOn() {
    return plan.namesBodyFields() ? ", providers" : "";
  }

  /** {@code method} with the parameter that {@link #passedOn} fills, when there is one. */
  MethodSpec.Builder takingProviders(MethodSpec.Builder method) {
    return plan.namesBodyFields()
        ? method.addParameter(LibraryTypes.PROVIDERS, "providers")
        : method;
  }

  /** The providers a mapper injects to resolve the application's mapper, when it needs them. */
  List<FieldSpec> providersField() {
    if (!plan.namesBodyFields()) {
      return List.of();
    }
    return List.of(
        injected(
            LibraryTypes.PROVIDERS,
            "providers",
            """
The application's providers, whose {@code ObjectMapper} names the fields of a request body.
"""));
  }

  /** A field the framework injects with {@code @Context}, which {@code javadoc} explains. */
  static FieldSpec injected(ClassName type, String name, String javadoc) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE)
        .addAnnotation(LibraryTypes.CONTEXT)
        .addJavadoc(javadoc)
        .build();
  }
}
