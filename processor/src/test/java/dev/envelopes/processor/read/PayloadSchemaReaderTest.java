package dev.envelopes.processor.read;

import static dev.envelopes.processor.read.PayloadSchemaFixture.BOOLEAN;
import static dev.envelopes.processor.read.PayloadSchemaFixture.INT32;
import static dev.envelopes.processor.read.PayloadSchemaFixture.INT64;
import static dev.envelopes.processor.read.PayloadSchemaFixture.STRING;
import static dev.envelopes.processor.read.PayloadSchemaFixture.always;
import static dev.envelopes.processor.read.PayloadSchemaFixture.example;
import static dev.envelopes.processor.read.PayloadSchemaFixture.jakartaRest;
import static dev.envelopes.processor.read.PayloadSchemaFixture.key;
import static dev.envelopes.processor.read.PayloadSchemaFixture.named;
import static dev.envelopes.processor.read.PayloadSchemaFixture.nullable;
import static dev.envelopes.processor.read.PayloadSchemaFixture.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schema of each payload of a Jakarta REST API, as Jackson 2 (which its JSON providers write
 * with) writes it with ISO dates; the keys, their order, names, presence and nullability were
 * checked against databind 2.22's output for the same classes.
 */
class PayloadSchemaReaderTest {

  static final String TASK =
      """
      package com.example;

      import com.fasterxml.jackson.annotation.JsonIgnore;
      import com.fasterxml.jackson.annotation.JsonInclude;
      import com.fasterxml.jackson.annotation.JsonProperty;
      import jakarta.validation.constraints.NotNull;
      import java.util.Optional;

      public record Task(
          @JsonProperty("task_id") long id,
          String title,
          @JsonIgnore String secret,
          Optional<String> note,
          @JsonInclude(JsonInclude.Include.NON_NULL) String owner,
          @NotNull String state,
          boolean done) {

        public int getScore() {
          return 1;
        }

        public String describe() {
          return title;
        }
      }
      """;

  static final SchemaModel.ObjectOf TASK_SCHEMA =
      object(
          always("task_id", INT64),
          nullable("title", STRING),
          nullable("note", STRING),
          key("owner", STRING, false, false),
          always("state", STRING),
          always("done", BOOLEAN),
          always("score", INT32));

  @Test
  void aRecordsComponentsRenamedIgnoredOptionalAndNeverNullThenItsGetters() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Task", TASK, "com.example.Tasks", resource("Task get() { return null; }"));

    assertEquals(named("Task"), schemas.of(example("Task")));
    assertEquals(Map.of("Task", TASK_SCHEMA), schemas.named());
  }

  @Test
  void aBeansFieldsSuperclassFirstThenItsGettersNamedAsJackson2Does() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Base",
            """
            package com.example;

            public class Base {
              public long version;
            }
            """,
            "com.example.Profile",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.JsonProperty;

            public class Profile extends Base {
              public static String CONSTANT = "c";
              public String nickname;
              private String email;
              private String unread;
              @JsonProperty private int rank;
              public transient String cache;

              public String getEmail() { return email; }
              public boolean isActive() { return true; }
              public Boolean isVerified() { return true; }
              public String isNotAGetter() { return ""; }
              public String getURL() { return ""; }
              String getHidden() { return ""; }
              public String getWith(int argument) { return ""; }
            }
            """,
            "com.example.Tasks",
            resource("Profile get() { return null; }"));

    assertEquals(
        object(
            always("version", INT64),
            nullable("nickname", STRING),
            nullable("email", STRING),
            always("rank", INT32),
            always("active", BOOLEAN),
            nullable("verified", BOOLEAN),
            nullable("url", STRING)),
        schemas.named().get("Profile"));
  }

  @Test
  void nestedRecordsAndAListOfThemAreNamedOnceAndReferred() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Task",
            TASK,
            "com.example.Project",
            """
            package com.example;

            import java.util.List;

            public record Project(String name, List<Task> tasks, Task lead, Task[] archive) {}
            """,
            "com.example.Tasks",
            resource("java.util.List<Project> list() { return null; }"));

    SchemaModel tasks = new SchemaModel.ArrayOf(named("Task"), false);
    assertEquals(
        new SchemaModel.ArrayOf(named("Project"), false),
        schemas.of(ParameterizedTypeName.get(ClassName.get(List.class), example("Project"))));
    assertEquals(
        Map.of(
            "Project",
            object(
                nullable("name", STRING),
                nullable("tasks", tasks),
                nullable("lead", named("Task")),
                nullable("archive", tasks)),
            "Task",
            TASK_SCHEMA),
        schemas.named());
  }

  @Test
  void anEnumIsItsConstantsOrTheirJsonPropertyOrItsJsonValue() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Ticket",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import com.fasterxml.jackson.annotation.JsonValue;

            public record Ticket(Priority priority, Level level) {

              public enum Priority { LOW, @JsonProperty("urgent") HIGH }

              public enum Level {
                ONE, TWO;

                @JsonValue
                public int code() {
                  return ordinal();
                }
              }
            }
            """,
            "com.example.Tasks",
            resource("Ticket get() { return null; }"));

    assertEquals(
        object(
            nullable("priority", new SchemaModel.EnumOf(List.of("LOW", "urgent"))),
            nullable("level", INT32)),
        schemas.named().get("Ticket"));
  }

  @Test
  void javaTimeIsIsoTextWithAFormatWhereJsonSchemaHasOneThatFits() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Times",
            """
            package com.example;

            import java.math.*;
            import java.net.URI;
            import java.time.*;
            import java.util.UUID;

            public record Times(
                Instant instant,
                OffsetDateTime offsetDateTime,
                ZonedDateTime zonedDateTime,
                LocalDateTime localDateTime,
                LocalDate localDate,
                LocalTime localTime,
                OffsetTime offsetTime,
                Duration duration,
                Year year,
                java.util.Date date,
                UUID uuid,
                URI uri,
                BigDecimal amount,
                BigInteger count,
                byte[] bytes,
                char letter,
                double ratio,
                Float weight) {}
            """,
            "com.example.Tasks",
            resource("Times get() { return null; }"));

    assertEquals(
        object(
            nullable("instant", scalar("string", "date-time")),
            nullable("offsetDateTime", scalar("string", "date-time")),
            nullable("zonedDateTime", scalar("string", "date-time")),
            nullable("localDateTime", STRING),
            nullable("localDate", scalar("string", "date")),
            nullable("localTime", STRING),
            nullable("offsetTime", scalar("string", "time")),
            nullable("duration", scalar("string", "duration")),
            nullable("year", STRING),
            nullable("date", scalar("string", "date-time")),
            nullable("uuid", scalar("string", "uuid")),
            nullable("uri", scalar("string", "uri")),
            nullable("amount", scalar("number", "")),
            nullable("count", scalar("integer", "")),
            nullable("bytes", scalar("string", "byte")),
            always("letter", STRING),
            always("ratio", scalar("number", "double")),
            nullable("weight", scalar("number", "float"))),
        schemas.named().get("Times"));
  }

  @Test
  void anOptionalReturnIsItsValueAndAMapSetOrTreeIsDescribedAsSuch() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Task",
            TASK,
            "com.example.Board",
            """
            package com.example;

            import java.util.*;

            public record Board(
                Map<String, Integer> counts,
                Map<java.time.DayOfWeek, Task> byKind,
                Set<String> tags,
                Object anything,
                Optional<Task> pinned) {}
            """,
            "com.example.Tasks",
            resource(
                "java.util.Optional<Board> get() { return null; }",
                "@POST public Task create(java.util.Set<Task> body) { return null; }"));

    assertEquals(named("Board"), schemas.of(example("Board")));
    assertEquals(
        new SchemaModel.ArrayOf(named("Task"), true),
        schemas.of(ClassName.get(Set.class)),
        "a request body is keyed by its erased type, as the model names it");
    assertEquals(
        object(
            nullable("counts", new SchemaModel.MapOf(INT32)),
            nullable("byKind", new SchemaModel.MapOf(named("Task"))),
            nullable("tags", new SchemaModel.ArrayOf(STRING, true)),
            nullable("anything", new SchemaModel.Any()),
            nullable("pinned", named("Task"))),
        schemas.named().get("Board"));
  }

  @Test
  void aTypeThatContainsItselfRefersToItsOwnName() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Node",
            """
            package com.example;

            import java.util.List;

            public record Node(String name, List<Node> children, Node parent) {}
            """,
            "com.example.Tasks",
            resource("Node get() { return null; }"));

    assertEquals(
        Map.of(
            "Node",
            object(
                nullable("name", STRING),
                nullable("children", new SchemaModel.ArrayOf(named("Node"), false)),
                nullable("parent", named("Node")))),
        schemas.named());
  }

  @Test
  void typesThatShareASimpleNameAreNamedWithinTheirPackageThenInFull() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Item",
            "package com.example; public record Item(int a) {}",
            "com.example.other.Item",
            "package com.example.other; public record Item(long b) {}",
            "com.example.Catalog",
            """
            package com.example;

            public record Catalog(com.example.Item first, com.example.other.Item second, Item third) {
              public record Item(String c) {}
            }
            """,
            "com.example.Tasks",
            resource("Catalog get() { return null; }"));

    assertEquals(
        Set.of("Catalog", "Catalog.Item", "com.example.Item", "com.example.other.Item"),
        schemas.named().keySet());
    assertEquals(
        object(
            nullable("first", named("com.example.Item")),
            nullable("second", named("com.example.other.Item")),
            nullable("third", named("Catalog.Item"))),
        schemas.named().get("Catalog"));
  }

  @Test
  void aCompletionStagesResultIsThePayloadAndAPrimitiveNeedsNoObject() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Task",
            TASK,
            "com.example.Tasks",
            resource(
                "java.util.concurrent.CompletionStage<Task> get() { return null; }",
                "@GET @Path(\"/count\") public long count() { return 0; }"));

    assertEquals(named("Task"), schemas.of(example("Task")));
    assertEquals(INT64, schemas.of(TypeName.LONG));
    assertEquals(Set.of("Task"), schemas.named().keySet());
  }

  static SchemaModel scalar(String type, String format) {
    return new SchemaModel.Scalar(type, format);
  }

  /**
   * An enveloped resource at {@code /tasks} whose first method is a {@code @GET} of {@code
   * firstMethod}, then {@code more} methods as written.
   */
  static String resource(String firstMethod, String... more) {
    return """
    package com.example;

    import dev.envelopes.Enveloped;
    import jakarta.ws.rs.*;

    @Path("/tasks")
    @Enveloped
    public class Tasks {
      @GET
      public %s

      %s
    }
    """
        .formatted(firstMethod, String.join("\n\n", more));
  }
}
