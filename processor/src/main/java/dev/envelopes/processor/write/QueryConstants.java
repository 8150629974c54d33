package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.plan.EndpointPlan;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code PARAMETERS}, {@code VIEWS} and {@code INCLUDES}, the constants of an endpoint class whose
 * query is checked, in every binding: what the method's query may name; and the API's paging
 * parameters.
 */
public final class QueryConstants {

  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);

  private QueryConstants() {}

  public static List<FieldSpec> of(EndpointPlan.QueryCheck check) {
    return List.of(
        stringSet("PARAMETERS", "The query parameters the method takes.", check.parameters()),
        stringSet(
            "VIEWS", "The views the method offers, none when it declares none.", check.views()),
        stringSet("INCLUDES", "The related records the method can side-load.", check.includes()));
  }

  /**
   * {@code PAGING_PARAMETERS}: the query parameters the API's paged methods read their page from,
   * which a request that gives one of them once and empty means to leave out.
   */
  public static FieldSpec pagingParameters(Set<String> names) {
    return stringSet(
        "PAGING_PARAMETERS",
        "The query parameters the API's paged methods read their page from.",
        names);
  }

  private static FieldSpec stringSet(String name, String doc, Set<String> values) {
    CodeBlock.Builder set = CodeBlock.builder().add("$T.of(", Set.class);
    boolean first = true;
    for (String value : values) {
      set.add(first ? "$S" : ", $S", value);
      first = false;
    }
    return FieldSpec.builder(STRING_SET, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", doc)
        .initializer(set.add(")").build())
        .build();
  }
}
