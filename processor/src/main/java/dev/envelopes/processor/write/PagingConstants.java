package dev.envelopes.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.envelopes.LinkQuery;
import dev.envelopes.processor.plan.PagingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The constants of a paged method's endpoint class, in every binding: where a page may start at
 * most, the default and largest limit, and the query parameters its links repeat.
 */
public final class PagingConstants {

  private PagingConstants() {}

  /**
   * The constants a paged {@code read} is called with first, as {@link #of} names them: where a
   * page may start at most, where the method bounds it, and the limits.
   */
  public static List<String> positionAndLimits(PagingPlan paging) {
    List<String> arguments = new ArrayList<>();
    paging.position().ifPresent(position -> arguments.add(maxPositionName(position)));
    arguments.add("DEFAULT_LIMIT");
    arguments.add("MAX_LIMIT");
    return arguments;
  }

  /**
   * The constants of {@code paging}; {@code defaultValue} is how the framework's users know the
   * default of a parameter, such as {@code @DefaultValue}.
   */
  public static List<FieldSpec> of(PagingPlan paging, String defaultValue) {
    List<FieldSpec> fields = new ArrayList<>();
    paging.position().ifPresent(position -> fields.add(maxPosition(position)));
    fields.add(
        constant(TypeName.INT, "DEFAULT_LIMIT")
            .addJavadoc(
                "The {@code $L} of the method's $L parameter.\n",
                defaultValue,
                paging.limitParameter())
            .initializer("$L", paging.defaultLimit())
            .build());
    fields.add(
        constant(TypeName.INT, "MAX_LIMIT")
            .addJavadoc("The {@code maxLimit} of the method's {@code @Paginated}.\n")
            .initializer("$L", paging.maxLimit())
            .build());
    paging.linked().ifPresent(linked -> fields.add(linkedQuery(linked)));
    return fields;
  }

  /** The name of the constant of where a page may start at most, such as {@code MAX_OFFSET}. */
  public static String maxPositionName(PagingPlan.PositionBound position) {
    return "MAX_" + position.parameter().toUpperCase(Locale.ROOT);
  }

  /** {@code MAX_OFFSET} or {@code MAX_PAGE}: where a page may start at most. */
  private static FieldSpec maxPosition(PagingPlan.PositionBound position) {
    FieldSpec.Builder field = constant(TypeName.LONG, maxPositionName(position));
    if (position.declared().isPresent()) {
      return field
          .addJavadoc("The {@code maxOffset} of the method's {@code @Paginated}.\n")
          .initializer("$LL", position.declared().getAsLong())
          .build();
    }
    return field
        .addJavadoc(
            "The largest value of the method's $L parameter, $L.\n",
            position.parameter(),
            position.longType() ? "a long" : "an int")
        .initializer("$T.MAX_VALUE", position.longType() ? Long.class : Integer.class)
        .build();
  }

  /** {@code LINKED}, the query parameters the links to other pages repeat. */
  private static FieldSpec linkedQuery(PagingPlan.LinkedQuery linked) {
    FieldSpec.Builder field = constant(TypeName.get(LinkQuery.class), "LINKED");
    if (linked instanceof PagingPlan.CheckedParameters) {
      return field
          .addJavadoc("The query parameters its {@code Link} repeats: those it takes.\n")
          .initializer("$T.declared(PARAMETERS)", LinkQuery.class)
          .build();
    }
    field.addJavadoc("The query parameters the method's page links repeat.\n");
    if (linked instanceof PagingPlan.DeclaredParameters declared) {
      CodeBlock.Builder names = CodeBlock.builder();
      declared.names().forEach(name -> names.add(names.isEmpty() ? "$S" : ", $S", name));
      return field
          .initializer("$T.declared($T.of($L))", LinkQuery.class, Set.class, names.build())
          .build();
    }
    return field.initializer("$T.everyParameter()", LinkQuery.class).build();
  }

  private static FieldSpec.Builder constant(TypeName type, String name) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
  }
}
