package dev.envelopes.processor.write.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How {@link Operation} writes a class path and a method path as one OpenAPI path template. */
class OperationTest {

  @Test
  void joinsTheClassAndMethodPathsWithOneSlashBetweenAndNoneAtTheEnd() {
    Map<String, String> patterns = new TreeMap<>();

    assertEquals("/projects/{id}/tasks", Operation.template("projects//{id}/tasks/", patterns));
    assertEquals("/", Operation.template("/" + "/", patterns));
    assertEquals(Map.of(), patterns);
  }

  @Test
  void keepsTheNameOfARegexVariableAndItsExpressionAsAnAnchoredPattern() {
    Map<String, String> patterns = new TreeMap<>();

    assertEquals(
        "/notes/{id}/v{version}",
        Operation.template("/notes/{id: \\d{1,9}}/v{version:[0-9]+}", patterns));
    assertEquals(Map.of("id", "^(?:\\d{1,9})$", "version", "^(?:[0-9]+)$"), patterns);
  }

  @Test
  void listsMethodsInTheSpecificationsOrder() {
    List<String> methods = new java.util.ArrayList<>(List.of("patch", "post", "get", "delete", "put"));
    methods.sort(Operation.METHODS_IN_ORDER);

    assertEquals(List.of("get", "put", "post", "delete", "patch"), methods);
  }
}
