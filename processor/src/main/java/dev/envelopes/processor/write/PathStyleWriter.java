package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.envelopes.LiteralPaths;
import dev.envelopes.Style;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.PathStyles;
import dev.envelopes.processor.plan.PathTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Renders {@code styleOfPath}, the style of a request that reached no resource method (an unknown
 * path under a resource, an HTTP method or a media type it does not take): that of the root
 * resource whose {@code @Path} template matches the request path, the most specific first as the
 * Jakarta REST specification orders them, and within a resource whose methods mix styles, that of
 * the most specific method whose template matches the whole path. A path no resource matches takes
 * the API's style. It reads only the path relative to the application, which every framework gives
 * ({@code UriInfo.getPath()} on Jakarta REST). The vendor style's filters ask it too, before any
 * matching, whether a request is the vendor's. Spring MVC's mappings take the same {@code {name}}
 * and {@code {name: regex}} variables, which the same templates match.
 */
public final class PathStyleWriter {

  private static final ClassName PATTERN = ClassName.get(Pattern.class);

  /** What a resource's template matches after it: nothing, or anything below it. */
  private static final String RESOURCE_TAIL = "(/.*)?";

  /** What a method's template matches after it: nothing, or a trailing slash. */
  private static final String METHOD_TAIL = "/?";

  /** One template to test and the style it answers in. */
  private record Candidate(PathTemplate template, Style style, String constant, String doc) {}

  /** A root resource, its candidate, and those of its methods when they mix styles. */
  private record Root(Candidate resource, List<Candidate> methods) {}

  private final Style fallback;
  private final List<Root> roots = new ArrayList<>();

  public PathStyleWriter(PathStyles plan) {
    this.fallback = plan.fallback();
    Set<String> constants = new HashSet<>();
    for (PathStyles.Root planned : plan.roots()) {
      ResourceModel resource = planned.resource();
      String name = String.join("_", resource.type().simpleNames());
      Candidate root =
          new Candidate(
              planned.template(),
              resource.style(),
              constant(name, constants),
              CodeBlock.of("{@link $T}", resource.type()).toString());
      List<Candidate> methods = new ArrayList<>();
      for (PathStyles.Method method : planned.methods()) {
        EndpointModel endpoint = method.endpoint();
        methods.add(
            new Candidate(
                method.template(),
                endpoint.style(),
                constant(name + "_" + endpoint.name(), constants),
                CodeBlock.of("{@link $T#$L}", resource.type(), endpoint.name()).toString()));
      }
      roots.add(new Root(root, methods));
    }
  }

  /**
   * The compiled templates that have variables, one constant each; a literal template is matched as
   * text ({@link LiteralPaths}), with no expression to compile or run.
   */
  public List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    for (Root root : roots) {
      // A resource matches a path that starts with its template; a method only the whole path.
      if (!root.resource().template().literal()) {
        fields.add(field(root.resource(), RESOURCE_TAIL, "The paths below "));
      }
      for (Candidate method : root.methods()) {
        if (!method.template().literal()) {
          fields.add(field(method, METHOD_TAIL, "The paths of "));
        }
      }
    }
    return fields;
  }

  /**
   * The test of {@code candidate}: as text for a literal template, else its compiled expression on
   * {@code absolute}, the path with its leading slash.
   */
  private static CodeBlock matches(Candidate candidate, boolean resource) {
    if (candidate.template().literal()) {
      return CodeBlock.of(
          "$T.$L(path, $L)",
          RuntimeTypes.LITERAL_PATHS,
          resource ? "under" : "at",
          JavaStrings.of(candidate.template().template()));
    }
    return CodeBlock.of("$L.matcher(absolute).matches()", candidate.constant());
  }

  /** Whether any template is tested by its expression, on the path with its leading slash. */
  private boolean anyExpression() {
    return roots.stream()
        .anyMatch(
            root ->
                !root.resource().template().literal()
                    || root.methods().stream().anyMatch(method -> !method.template().literal()));
  }

  private static FieldSpec field(Candidate candidate, String tail, String doc) {
    return FieldSpec.builder(
            PATTERN, candidate.constant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L$L: {@code $L}.\n", doc, candidate.doc(), candidate.template().template())
        .initializer("$T.compile($L)", PATTERN, JavaStrings.of(candidate.template().regex() + tail))
        .build();
  }

  public MethodSpec styleOfPath() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("styleOfPath")
            // Package-private: the vendor style's filters ask it which requests are theirs.
            .addModifiers(Modifier.STATIC)
            .returns(RuntimeTypes.STYLE)
            .addJavadoc(
                """
The style of a request that reached no resource method, from its path relative to the
application: that of the most specific resource, and method, whose template matches it.
""")
            .addParameter(String.class, "path");
    if (anyExpression()) {
      method.addStatement(
          "$T absolute = path.startsWith($S) ? path : $S + path", String.class, "/", "/");
    }
    for (Root root : roots) {
      method.beginControlFlow("if ($L)", matches(root.resource(), true));
      for (Candidate candidate : root.methods()) {
        method
            .beginControlFlow("if ($L)", matches(candidate, false))
            .addStatement("return $T.$L", RuntimeTypes.STYLE, candidate.style().name())
            .endControlFlow();
      }
      method.addStatement("return $T.$L", RuntimeTypes.STYLE, root.resource().style().name());
      method.endControlFlow();
    }
    return method.addStatement("return $T.$L", RuntimeTypes.STYLE, fallback.name()).build();
  }

  private static String constant(String name, Set<String> taken) {
    String base =
        "PATH_OF_" + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    String constant = base;
    for (int n = 2; !taken.add(constant); n++) {
      constant = base + "_" + n;
    }
    return constant;
  }
}
