package dev.envelopes.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import com.sun.source.util.JavacTask;
import dev.envelopes.processor.model.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The schema of a request parameter's value, from the reader's one table of scalars: the table's
 * scalar, an array of its element's for an array or a collection (never {@code uniqueItems}), a
 * string for any other type, whose text the framework converts.
 */
class ScalarSchemasTest {

  private static final SchemaModel STRING = new SchemaModel.Scalar("string", "");

  @Test
  void parametersTakeTheirScalarsSchemaAndTheRestAreText() throws Exception {
    Map<String, SchemaModel> schemas =
        parameterSchemas(
            "import java.util.*;",
            "class Resource {",
            "  enum Color { RED }",
            "  void get(int count, long id, boolean flag, double ratio, char letter, Integer"
                + " boxed,",
            "      String name, UUID uuid, java.math.BigDecimal amount, java.time.LocalDate day,",
            "      java.time.Instant at, java.time.LocalDateTime local, Color color, Date legacy,",
            "      List<UUID> uuids, Set<Integer> numbers, List raw, long[] ids, Optional<String>"
                + " maybe) {}",
            "}");
    Map<String, SchemaModel> expected = new TreeMap<>();
    expected.put("count", new SchemaModel.Scalar("integer", "int32"));
    expected.put("id", new SchemaModel.Scalar("integer", "int64"));
    expected.put("flag", new SchemaModel.Scalar("boolean", ""));
    expected.put("ratio", new SchemaModel.Scalar("number", "double"));
    expected.put("letter", STRING);
    expected.put("boxed", new SchemaModel.Scalar("integer", "int32"));
    expected.put("name", STRING);
    expected.put("uuid", new SchemaModel.Scalar("string", "uuid"));
    expected.put("amount", new SchemaModel.Scalar("number", ""));
    expected.put("day", new SchemaModel.Scalar("string", "date"));
    expected.put("at", new SchemaModel.Scalar("string", "date-time"));
    expected.put("local", STRING);
    expected.put("color", STRING);
    expected.put("legacy", STRING);
    expected.put("uuids", new SchemaModel.ArrayOf(new SchemaModel.Scalar("string", "uuid"), false));
    expected.put(
        "numbers", new SchemaModel.ArrayOf(new SchemaModel.Scalar("integer", "int32"), false));
    expected.put("raw", new SchemaModel.ArrayOf(STRING, false));
    expected.put("ids", new SchemaModel.ArrayOf(new SchemaModel.Scalar("integer", "int64"), false));
    expected.put("maybe", STRING);
    assertEquals(expected, schemas);
  }

  /** The schema of each parameter of the one method of {@code Resource}, by name. */
  private static Map<String, SchemaModel> parameterSchemas(String... lines) throws Exception {
    JavacTask task =
        (JavacTask)
            ToolProvider.getSystemJavaCompiler()
                .getTask(
                    null,
                    null,
                    null,
                    List.of("-proc:none"),
                    null,
                    List.of(JavaFileObjects.forSourceLines("Resource", lines)));
    task.analyze();
    TypeElement resource = task.getElements().getTypeElement("Resource");
    ExecutableElement method = ElementFilter.methodsIn(resource.getEnclosedElements()).get(0);
    Map<String, SchemaModel> schemas = new TreeMap<>();
    for (VariableElement parameter : method.getParameters()) {
      schemas.put(
          parameter.getSimpleName().toString(), ScalarSchemas.parameterOf(parameter.asType()));
    }
    return schemas;
  }
}
