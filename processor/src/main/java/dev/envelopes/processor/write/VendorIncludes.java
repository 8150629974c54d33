package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.VendorOptions;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.write.json.VendorRecordWriter;
import java.util.List;
import java.util.Set;

/**
 * How a vendor answer reads the related records it side-loads, in every binding: each one the
 * method can include, from the {@code Related} its result came in ({@code related}), or {@code
 * null} when the request did not ask for it.
 */
public final class VendorIncludes {

  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);

  private VendorIncludes() {}

  /**
   * Declares a local of each related list {@code endpoint} can include, with {@code queries}'
   * {@code included(request)}, and returns the envelope's arguments: {@code data}, then those
   * locals.
   */
  public static CodeBlock read(EndpointPlan endpoint, ClassName queries, MethodSpec.Builder code) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("data");
    List<VendorOptions.IncludeModel> includes = endpoint.endpoint().vendorOptions().includes();
    if (includes.isEmpty()) {
      return arguments.build();
    }
    code.addStatement("$T included = $T.included(request)", STRING_SET, queries);
    for (VendorOptions.IncludeModel include : includes) {
      String local = VendorRecordWriter.componentName(include.name());
      TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), include.type());
      code.addCode(
              "@$T($S) // $L attaches a list of $T under $S\n",
              SuppressWarnings.class,
              "unchecked",
              endpoint.methodName(),
              include.type(),
              include.name())
          .addStatement(
              "$T $L = included.contains($S) ? ($T) related.included().getOrDefault($S,"
                  + " $T.of()) : null",
              list,
              local,
              include.name(),
              list,
              include.name(),
              List.class);
      arguments.add(", $L", local);
    }
    return arguments.build();
  }
}
