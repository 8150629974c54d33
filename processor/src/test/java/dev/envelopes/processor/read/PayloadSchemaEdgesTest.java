package dev.envelopes.processor.read;

import static dev.envelopes.processor.read.PayloadSchemaFixture.STRING;
import static dev.envelopes.processor.read.PayloadSchemaFixture.example;
import static dev.envelopes.processor.read.PayloadSchemaFixture.jakartaRest;
import static dev.envelopes.processor.read.PayloadSchemaFixture.jakartaRestWithEcj;
import static dev.envelopes.processor.read.PayloadSchemaFixture.named;
import static dev.envelopes.processor.read.PayloadSchemaFixture.nullable;
import static dev.envelopes.processor.read.PayloadSchemaFixture.object;
import static dev.envelopes.processor.read.PayloadSchemaReaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.SchemaModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Payloads that could send the reader round for ever, and the same schemas under ecj. */
class PayloadSchemaEdgesTest {

  @Test
  void aJsonValueOfItsOwnTypeIsAnyValue() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Loop",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.JsonValue;

            public record Loop(String text) {
              @JsonValue
              public Loop self() {
                return this;
              }
            }
            """,
            "com.example.Tasks",
            resource("Loop get() { return null; }"));

    assertEquals(new SchemaModel.Any(), schemas.of(example("Loop")));
    assertEquals(Set.of(), schemas.named().keySet());
  }

  @Test
  void aGenericTypeThatHoldsItselfWithDeeperArgumentsStopsAtFourLevels() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Node",
            """
            package com.example;

            import java.util.List;

            public record Node<T>(T value, Node<List<T>> deeper) {}
            """,
            "com.example.Tasks",
            resource("Node<String> get() { return null; }"));

    assertEquals(
        Set.of(
            "NodeOfString",
            "NodeOfListOfString",
            "NodeOfListOfListOfString",
            "NodeOfListOfListOfListOfString"),
        schemas.named().keySet());
    SchemaModel lists = new SchemaModel.ArrayOf(new SchemaModel.ArrayOf(STRING, false), false);
    assertEquals(
        object(
            nullable("value", new SchemaModel.ArrayOf(lists, false)),
            nullable("deeper", new SchemaModel.Any())),
        schemas.named().get("NodeOfListOfListOfListOfString"));
    assertEquals(
        object(nullable("value", STRING), nullable("deeper", named("NodeOfListOfString"))),
        schemas.named().get("NodeOfString"));
  }

  @Test
  void eclipsesCompilerGivesTheSameSchemas() {
    String[] sources = {
      "com.example.Task",
      PayloadSchemaReaderTest.TASK,
      "com.example.Base",
      "package com.example; public class Base { public long version; }",
      "com.example.Profile",
      """
      package com.example;

      import com.fasterxml.jackson.annotation.JsonProperty;

      public class Profile extends Base {
        public String nickname;
        private String email;
        @JsonProperty("mail") public String getEmail() { return email; }
        public boolean isActive() { return true; }
        public @jakarta.validation.constraints.NotNull String getURL() { return ""; }
      }
      """,
      "com.example.Tasks",
      resource(
          "java.util.List<Task> list() { return null; }",
          "@POST public Profile create(Profile body) { return null; }")
    };

    PayloadSchemas javac = jakartaRest(sources);

    assertEquals(javac, jakartaRestWithEcj(sources));
    assertEquals(Set.of("Profile", "Task"), javac.named().keySet());
    assertEquals(
        List.of("version", "nickname", "active", "url", "mail"),
        javac.named().get("Profile").properties().stream()
            .map(SchemaModel.Property::name)
            .toList());
  }
}
