package dev.envelopes.sample.vendor;

import static dev.envelopes.sample.support.VendorAssertions.assertData;
import static dev.envelopes.sample.support.VendorAssertions.assertError;
import static dev.envelopes.sample.support.VendorAssertions.assertPage;
import static dev.envelopes.sample.support.VendorAssertions.body;
import static dev.envelopes.sample.support.VendorAssertions.error;
import static dev.envelopes.sample.support.VendorAssertions.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.envelopes.sample.support.LogCapture;
import dev.envelopes.sample.support.SampleApi;
import dev.envelopes.sample.support.SampleRuntime;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The vendor style writes dates and times as ISO-8601 strings, as its convention requires, whatever
 * the application's {@code ObjectMapper} does with them: the sample's own (on Jakarta REST,
 * Jackson's {@code JavaTimeModule}, timestamps off), one without {@code JavaTimeModule}, and one
 * that writes dates and durations as timestamps. Each is checked over HTTP on the sample's
 * activities, whose records hold an {@code Instant}, an {@code OffsetDateTime}, a {@code
 * ZonedDateTime} (written with its offset, without its zone id), a {@code LocalDate}, a {@code
 * LocalTime}, a {@code Duration} and a list of {@code LocalDate}s, and whose side-loaded members
 * hold a {@code LocalDate} and an {@code OffsetDateTime}; and on the lists' {@code due_on}.
 */
class VendorDatesTest {

  /** The mappers the API is served with, one server each. */
  enum Mapper {
    /** The sample's own, as the runtime's module configures it (no mapper given). */
    SAMPLE(null),
    WITHOUT_JAVA_TIME_MODULE(json(new ObjectMapper())),
    DATES_AS_TIMESTAMPS(
        json(
            new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)));

    private final ContextResolver<ObjectMapper> json;

    Mapper(ContextResolver<ObjectMapper> json) {
      this.json = json;
    }
  }

  private static final String FIRST =
      """
      {
        "id": 1, "action": "created", "member_id": 1,
        "created_at": "2026-03-02T09:15:30Z",
        "scheduled_for": "2026-03-20T09:00:00+01:00",
        "starts_at": "2026-03-20T09:00:00+01:00",
        "due_on": "2026-03-20",
        "remind_at": "08:30:00",
        "time_spent": "PT1H30M",
        "repeats_on": ["2026-03-27", "2026-04-03"]
      }
      """;

  private static final String SECOND =
      """
      {
        "id": 2, "action": "completed", "member_id": 2,
        "created_at": "2026-03-02T10:00:00.250Z",
        "scheduled_for": "2026-03-02T10:00:00-05:00",
        "starts_at": "2026-07-01T14:05:09-04:00",
        "due_on": null,
        "remind_at": "17:00:05",
        "time_spent": "PT45S",
        "repeats_on": []
      }
      """;

  private static final Map<Mapper, SampleApi> APIS = new EnumMap<>(Mapper.class);

  /**
   * The logger the generated code writes the 500's failure to, through {@code System.Logger}: the
   * runtime's binding names it.
   */
  private static final Logger FAILURE_LOG =
      Logger.getLogger(SampleRuntime.current().internalErrorLogger());

  /** Keeps what it logs, instead of printing it to the console. */
  private static final LogCapture LOGGED = new LogCapture();

  @BeforeAll
  static void start() {
    FAILURE_LOG.addHandler(LOGGED);
    FAILURE_LOG.setUseParentHandlers(false);
    for (Mapper mapper : Mapper.values()) {
      APIS.put(mapper, SampleApi.start(mapper.json));
    }
  }

  @AfterAll
  static void stop() {
    APIS.values().forEach(SampleApi::close);
    FAILURE_LOG.removeHandler(LOGGED);
    FAILURE_LOG.setUseParentHandlers(true);
  }

  @ParameterizedTest
  @EnumSource(Mapper.class)
  void oneRecordAnswersEachDateAndTimeAsIso8601(Mapper mapper) {
    assertData(APIS.get(mapper).get("/activities/1"), SampleApi.json(FIRST));
  }

  @ParameterizedTest
  @EnumSource(Mapper.class)
  void listAnswersEachDateAndTimeOfEachRecordAsIso8601(Mapper mapper) {
    assertData(
        APIS.get(mapper).get("/activities/latest"), SampleApi.json("[%s, %s]", SECOND, FIRST));
  }

  @ParameterizedTest
  @EnumSource(Mapper.class)
  void pageAndItsSideLoadedRecordsAnswerEachDateAndTimeAsIso8601(Mapper mapper) {
    assertPage(
        APIS.get(mapper).get("/activities?include=members&limit=2"),
        body(
            """
            {
              "data": [%s, %s],
              "members": [
                {
                  "id": 1, "name": "Ada", "joined_on": "2025-11-03",
                  "last_seen_at": "2026-03-01T18:45:10Z"
                },
                {"id": 2, "name": "Grace", "joined_on": "2026-01-15", "last_seen_at": null}
              ]
            }
            """
                .formatted(FIRST, SECOND)),
        null);
  }

  @ParameterizedTest
  @EnumSource(Mapper.class)
  void dueDateOfAListIsIso8601(Mapper mapper) {
    assertData(APIS.get(mapper).get("/lists/1"), list(1));
  }

  /**
   * A mapper that changes how records are written (here a naming strategy) has databind write the
   * payload, so its dates are as it writes them; when that is not ISO-8601 the answer is refused
   * with the generic 500, and the server log names the fix.
   */
  @Test
  void mapperThatWritesRecordsItselfAndDatesAsTimestampsIsRefusedWithTheFixInTheLog() {
    ObjectMapper timestamps =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    LOGGED.clear();
    try (SampleApi api = SampleApi.start(json(timestamps))) {
      assertError(
          api.get("/lists/1"),
          500,
          error(
              "internal_error",
              "The server could not complete the request; the failure has been logged."));
    }
    List<String> logged =
        LOGGED.records().stream()
            .map(record -> String.valueOf(record.getThrown()))
            .filter(thrown -> thrown.contains("WRITE_DATES_AS_TIMESTAMPS"))
            .toList();
    assertEquals(1, logged.size(), () -> "logged: " + LOGGED.records());
    // The fix in the words of the Jackson that writes: Jackson 3 writes java.time itself and
    // moved the feature to DateTimeFeature.
    String fix =
        SampleRuntime.current().jacksonVersion() == 2
            ? "register Jackson's JavaTimeModule (jackson-datatype-jsr310) and disable"
                + " SerializationFeature.WRITE_DATES_AS_TIMESTAMPS"
            : "disable DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS";
    assertTrue(logged.get(0).contains(fix), logged::toString);
  }

  /** Such a mapper that writes dates as ISO-8601 itself is left to write them. */
  @Test
  void mapperThatWritesRecordsItselfAndDatesAsIso8601WritesThem() {
    ObjectMapper iso =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    try (SampleApi api = SampleApi.start(json(iso))) {
      assertData(api.get("/lists/1"), list(1));
    }
  }

  /** Provides {@code mapper} to the application. */
  private static ContextResolver<ObjectMapper> json(ObjectMapper mapper) {
    return new FixedJson(mapper);
  }

  /**
   * Provides one mapper; a class rather than a lambda, whose type argument Jersey could not see.
   *
   * @param mapper the mapper
   */
  private record FixedJson(ObjectMapper mapper) implements ContextResolver<ObjectMapper> {
    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }
}
