package dev.envelopes.processor.read;

import static dev.envelopes.processor.read.PayloadSchemaFixture.INT32;
import static dev.envelopes.processor.read.PayloadSchemaFixture.STRING;
import static dev.envelopes.processor.read.PayloadSchemaFixture.always;
import static dev.envelopes.processor.read.PayloadSchemaFixture.jakartaRest;
import static dev.envelopes.processor.read.PayloadSchemaFixture.key;
import static dev.envelopes.processor.read.PayloadSchemaFixture.named;
import static dev.envelopes.processor.read.PayloadSchemaFixture.nullable;
import static dev.envelopes.processor.read.PayloadSchemaFixture.object;
import static dev.envelopes.processor.read.PayloadSchemaReaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.SchemaModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What Jackson's annotations change in a payload's schema, under Jackson 2; each expectation is
 * what databind 2.22 wrote for the same classes (3.1 writes the same keys here, {@code Doc}'s
 * sorted).
 */
class PayloadSchemaAnnotationsTest {

  @Test
  void orderIgnoredKeysInclusionUnwrappingGenericsAndJsonValue() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Card",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.*;
            import java.util.List;

            @JsonPropertyOrder({"zeta", "middle"})
            @JsonIgnoreProperties({"internal"})
            @JsonInclude(JsonInclude.Include.NON_EMPTY)
            public record Card(
                String alpha,
                String middle,
                String zeta,
                String internal,
                @JsonInclude(JsonInclude.Include.ALWAYS) String kept,
                int count,
                @JsonUnwrapped(prefix = "home_") Address home,
                Slot<Address> slot,
                Money price) {

              public record Address(String city, @JsonInclude(JsonInclude.Include.NON_NULL) String zip) {}

              public record Slot<T>(T value, List<T> others) {}

              public record Money(long cents) {
                @JsonValue
                public String text() {
                  return cents + "c";
                }
              }
            }
            """,
            "com.example.Tasks",
            resource("Card get() { return null; }"));

    assertEquals(
        Map.of(
            "Card",
            object(
                key("zeta", STRING, false, false),
                key("middle", STRING, false, false),
                key("alpha", STRING, false, false),
                nullable("kept", STRING),
                always("count", INT32),
                key("home_city", STRING, false, true),
                key("home_zip", STRING, false, false),
                key("slot", named("SlotOfAddress"), false, false),
                key("price", STRING, false, false)),
            "Address",
            object(nullable("city", STRING), key("zip", STRING, false, false)),
            "SlotOfAddress",
            object(
                nullable("value", named("Address")),
                nullable("others", new SchemaModel.ArrayOf(named("Address"), false)))),
        schemas.named());
  }

  @Test
  void anIgnoredFieldWhoseGetterIsRenamedStaysAndGoesLastAsJackson2PutsRenamedKeys() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Labelled",
            """
            package com.example;

            public interface Labelled {
              default String getLabel() {
                return "l";
              }
            }
            """,
            "com.example.Doc",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.*;

            public class Doc implements Labelled {

              @JsonIgnore public String title = "t";
              @JsonBackReference public Doc parent;

              @JsonProperty("heading")
              public String getTitle() {
                return title;
              }

              @JsonIgnore
              public String getSecret() {
                return "";
              }
            }
            """,
            "com.example.Tasks",
            resource("Doc get() { return null; }"));

    assertEquals(
        Map.of("Doc", object(nullable("label", STRING), nullable("heading", STRING))),
        schemas.named());
  }

  @Test
  void anAnnotationNamedNonNullOfAnyPackageOnTheTypeOrTheMemberMakesAKeyNeverNull() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.NonNull",
            """
            package com.example;

            import java.lang.annotation.*;

            @Target({ElementType.TYPE_USE})
            @Retention(RetentionPolicy.CLASS)
            public @interface NonNull {}
            """,
            "com.example.Note",
            """
            package com.example;

            public class Note {
              private String text;
              @javax.annotation.Nonnull public Integer size;
              public Integer rank;

              public @NonNull String getText() {
                return text;
              }
            }
            """,
            "javax.annotation.Nonnull",
            "package javax.annotation; public @interface Nonnull {}",
            "com.example.Tasks",
            resource("Note get() { return null; }"));

    assertEquals(
        Map.of(
            "Note", object(always("text", STRING), always("size", INT32), nullable("rank", INT32))),
        schemas.named());
  }

  @Test
  void jsonNamingRenamesWhatJsonPropertyDoesNotName() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Names",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import com.fasterxml.jackson.databind.PropertyNamingStrategies;
            import com.fasterxml.jackson.databind.annotation.JsonNaming;

            public record Names(Snake snake, Kebab kebab) {

              @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
              public record Snake(
                  String userName,
                  int httpURLCode,
                  String already_snake,
                  @JsonProperty("Explicit") String explicit,
                  String _lead) {}

              @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
              public record Kebab(String userName, int httpURLCode, String aB) {}
            }
            """,
            "com.example.Tasks",
            resource("Names get() { return null; }"));

    assertEquals(
        object(
            nullable("user_name", STRING),
            always("http_urlcode", INT32),
            nullable("already_snake", STRING),
            nullable("Explicit", STRING),
            nullable("lead", STRING)),
        schemas.named().get("Snake"));
    assertEquals(
        object(
            nullable("user-name", STRING), always("http-url-code", INT32), nullable("a-b", STRING)),
        schemas.named().get("Kebab"));
  }

  @Test
  void jsonAutoDetectWidensWhatIsSeenAndAWriteOnlyKeyIsNeverWritten() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Account",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.*;

            @JsonAutoDetect(
                fieldVisibility = JsonAutoDetect.Visibility.ANY,
                getterVisibility = JsonAutoDetect.Visibility.NONE)
            public class Account {
              private String owner = "o";
              protected int level = 1;
              @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) private String password;

              public String getIgnoredByVisibility() { return "x"; }

              @JsonGetter("full")
              public String fullName() { return "f"; }

              public boolean isOpen() { return true; }
            }
            """,
            "com.example.Tasks",
            resource("Account get() { return null; }"));

    assertEquals(
        object(
            nullable("owner", STRING),
            always("level", INT32),
            always("open", PayloadSchemaFixture.BOOLEAN),
            nullable("full", STRING)),
        schemas.named().get("Account"));
  }

  @Test
  void aPolymorphicTypeWritesItsIdFirstOrIsWrappedInIt() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Holder",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.JsonTypeInfo;

            public record Holder(Shape shape, Animal animal, Boxed boxed, Min min) {

              @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
              public interface Shape {}

              public record Circle(double radius) implements Shape {}

              @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "kind")
              public abstract static class Animal {
                public String name = "n";
              }

              @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
              public record Boxed(int a) {}

              @JsonTypeInfo(use = JsonTypeInfo.Id.MINIMAL_CLASS)
              public record Min(int a) {}
            }
            """,
            "com.example.Tasks",
            resource(
                "Holder get() { return null; }", "@POST public void add(Holder.Circle circle) {}"));

    assertEquals(
        object(
            nullable("shape", named("Shape")),
            nullable("animal", named("Animal")),
            nullable("boxed", new SchemaModel.Any()),
            nullable("min", named("Min"))),
        schemas.named().get("Holder"));
    assertEquals(object(always("@type", STRING)), schemas.named().get("Shape"));
    assertEquals(
        object(
            always("@type", STRING), always("radius", new SchemaModel.Scalar("number", "double"))),
        schemas.named().get("Circle"));
    assertEquals(
        object(always("kind", STRING), nullable("name", STRING)), schemas.named().get("Animal"));
    assertEquals(object(always("@c", STRING), always("a", INT32)), schemas.named().get("Min"));
  }

  @Test
  void aShapeARawValueAnOwnSerializerAndAnIgnoredTypeChangeOrDropAKey() {
    PayloadSchemas schemas =
        jakartaRest(
            "com.example.Misc",
            """
            package com.example;

            import com.fasterxml.jackson.annotation.*;
            import com.fasterxml.jackson.databind.annotation.JsonSerialize;
            import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

            public record Misc(
                @JsonFormat(shape = JsonFormat.Shape.STRING) long big,
                @JsonFormat(shape = JsonFormat.Shape.NUMBER) Level level,
                Coded coded,
                @JsonRawValue String raw,
                @JsonSerialize(using = ToStringSerializer.class) Object custom,
                Secret secret) {

              @JsonIgnoreType
              public static class Secret {
                public String value = "s";
              }

              public enum Level { LOW, HIGH }

              @JsonFormat(shape = JsonFormat.Shape.NUMBER)
              public enum Coded { A, B }
            }
            """,
            "com.example.Tasks",
            resource("Misc get() { return null; }"));

    assertEquals(
        object(
            always("big", STRING),
            nullable("level", INT32),
            nullable("coded", INT32),
            nullable("raw", new SchemaModel.Any()),
            nullable("custom", new SchemaModel.Any())),
        schemas.named().get("Misc"));
  }
}
