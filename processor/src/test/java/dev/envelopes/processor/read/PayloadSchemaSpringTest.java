package dev.envelopes.processor.read;

import static dev.envelopes.processor.read.PayloadSchemaFixture.BOOLEAN;
import static dev.envelopes.processor.read.PayloadSchemaFixture.INT32;
import static dev.envelopes.processor.read.PayloadSchemaFixture.INT64;
import static dev.envelopes.processor.read.PayloadSchemaFixture.STRING;
import static dev.envelopes.processor.read.PayloadSchemaFixture.always;
import static dev.envelopes.processor.read.PayloadSchemaFixture.example;
import static dev.envelopes.processor.read.PayloadSchemaFixture.named;
import static dev.envelopes.processor.read.PayloadSchemaFixture.nullable;
import static dev.envelopes.processor.read.PayloadSchemaFixture.object;
import static dev.envelopes.processor.read.PayloadSchemaFixture.springMvc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.SchemaModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Spring MVC API's payloads: a {@code ResponseEntity}'s body and a {@code @RequestBody}, written
 * with Jackson 3 as Spring Boot 4 does (Spring Framework 7's Jackson 3 converter is on the test
 * classpath): keys sorted, getters named as JavaBeans name them, enums by {@code toString()}. Each
 * expectation is what databind 3.1 wrote for the same classes.
 */
class PayloadSchemaSpringTest {

  private static final String CONTROLLER =
      """
      package com.example;

      import dev.envelopes.Enveloped;
      import org.springframework.http.ResponseEntity;
      import org.springframework.web.bind.annotation.*;

      @RestController
      @RequestMapping("/profiles")
      @Enveloped
      public class Profiles {

        @GetMapping("/{id}")
        public ResponseEntity<Profile> get(@PathVariable long id) {
          return null;
        }

        @PostMapping
        public Status create(@RequestBody Task body) {
          return null;
        }
      }
      """;

  private static final String PROFILE =
      """
      package com.example;

      import com.fasterxml.jackson.annotation.JsonProperty;

      public class Profile {
        public long version;
        public String nickname;
        private String email;
        @JsonProperty private int rank;

        public String getEmail() { return email; }
        public boolean isActive() { return true; }
        public Boolean isVerified() { return true; }
        public String getURL() { return ""; }
      }
      """;

  private static final String STATUS =
      """
      package com.example;

      public record Status(Phase phase, Mood mood) {

        public enum Phase { OPEN, DONE }

        public enum Mood {
          CALM;

          @Override
          public String toString() {
            return "calm";
          }
        }
      }
      """;

  private static PayloadSchemas schemas;

  @BeforeAll
  static void readTheControllersPayloads() {
    schemas =
        springMvc(
            "com.example.Profiles",
            CONTROLLER,
            "com.example.Profile",
            PROFILE,
            "com.example.Status",
            STATUS,
            "com.example.Task",
            PayloadSchemaReaderTest.TASK);
  }

  @Test
  void aResponseEntitysBodyIsThePayloadItsKeysSortedAndNamedAsJackson3Does() {
    assertEquals(named("Profile"), schemas.of(example("Profile")));
    assertEquals(
        object(
            nullable("URL", STRING),
            always("active", BOOLEAN),
            nullable("email", STRING),
            nullable("nickname", STRING),
            always("rank", INT32),
            nullable("verified", BOOLEAN),
            always("version", INT64)),
        schemas.named().get("Profile"));
  }

  @Test
  void aRecordKeepsItsComponentsOrderBeforeItsSortedGetters() {
    assertEquals(named("Task"), schemas.of(example("Task")));
    assertEquals(PayloadSchemaReaderTest.TASK_SCHEMA, schemas.named().get("Task"));
  }

  @Test
  void anEnumThatOverridesToStringIsAnyStringUnderJackson3() {
    assertEquals(
        object(
            nullable("phase", new SchemaModel.EnumOf(List.of("OPEN", "DONE"))),
            nullable("mood", STRING)),
        schemas.named().get("Status"));
    assertEquals(Set.of("Profile", "Status", "Task"), schemas.named().keySet());
  }
}
