package dev.envelopes.sample.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Jakarta REST runtime that serves the sample API to the HTTP tests: every test class runs
 * against whichever runtime the system property {@value #PROPERTY} names (the class of an
 * implementation, which has a public no-argument constructor), Jersey when it names none. Each
 * runtime's module sets it for its test run; the test classes are the same.
 */
public interface SampleRuntime {

  /** The system property that names the runtime's class. */
  String PROPERTY = "envelopes.sample.runtime";

  /** The Jakarta REST sample's method that lists the contacts, whose cursors the docs show. */
  String JAKARTA_CONTACTS_ENDPOINT = "dev.envelopes.sample.contacts.ContactResource.list";

  /** The Jakarta REST sample's method that lists the lists, whose cursors the docs show. */
  String JAKARTA_LISTS_ENDPOINT = "dev.envelopes.sample.flow.ListResource.list";

  /** The runtime the tests run against. */
  static SampleRuntime current() {
    String name = System.getProperty(PROPERTY, JerseyRuntime.class.getName());
    try {
      return (SampleRuntime) Class.forName(name).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          PROPERTY + " names no runtime the tests can start: " + name, e);
    }
  }

  /**
   * Its name, as the test report prints it and as its {@link ContainerDifferences} are called:
   * {@code jersey}, {@code resteasy}, {@code quarkus}, {@code spring}, {@code spring-boot3}.
   */
  String name();

  /**
   * The name of the logger to which the API's generated code logs a failure it answers with the
   * style's 500: that of the class the binding generates for it in the sample's package, here the
   * Jakarta REST binding's exception mapper. A name rather than the class itself, so that the suite
   * links on a runtime whose binding generates another class.
   */
  default String internalErrorLogger() {
    return "dev.envelopes.sample.EnvelopesExceptionMapper";
  }

  /**
   * The simple name of the class that serves what the Jakarta REST sample's {@code resource}
   * serves: that resource itself.
   */
  default String handlerClass(String resource) {
    return resource;
  }

  /**
   * The handler method the contacts' cursors are signed for, by its class's name: the Jakarta REST
   * sample's resource. A name, as the cursor key takes it.
   */
  default String contactsEndpoint() {
    return JAKARTA_CONTACTS_ENDPOINT;
  }

  /** The handler method the lists' cursors are signed for, as {@link #contactsEndpoint}. */
  default String listsEndpoint() {
    return JAKARTA_LISTS_ENDPOINT;
  }

  /**
   * The major version of the Jackson the API writes its JSON with, whose own words the fixes the
   * API logs use: 2, as the Jakarta REST runtimes' providers and Spring Boot 3.5 have it.
   */
  default int jacksonVersion() {
    return 2;
  }

  /**
   * Serves the sample API as {@code setup} says on a free port of localhost, with the seed of
   * {@link SampleApi} and a clock standing at {@link SampleApi#START}. Throws what the API throws
   * when it refuses its configuration at startup.
   */
  Served serve(Setup setup);

  /**
   * How the API is set up.
   *
   * @param cursorKey the base64 of the key that signs cursors, or {@code null} for none
   * @param json what provides the ObjectMapper, or {@code null} for the sample's own
   * @param properties more configuration properties by name
   * @param providers more providers, such as a test's own exception mapper
   * @param onContract whether the API answers as its OpenAPI document says, which {@link Contract}
   *     then checks: only as {@link #standard()} sets it up, with any cursor key and the suite's
   *     {@link Sabotage}; another mapper, other properties or other providers change the wire
   */
  record Setup(
      String cursorKey,
      ContextResolver<ObjectMapper> json,
      Map<String, Object> properties,
      List<Object> providers,
      boolean onContract) {

    /** The API as the tests start it unless they say otherwise. */
    public static Setup standard() {
      return new Setup(SampleApi.CURSOR_KEY, null, Map.of(), List.of(), true);
    }

    public Setup withCursorKey(String key) {
      return new Setup(key, json, properties, providers, onContract);
    }

    public Setup withJson(ContextResolver<ObjectMapper> mapper) {
      return new Setup(cursorKey, mapper, properties, providers, false);
    }

    public Setup withProperties(Map<String, Object> more) {
      return new Setup(cursorKey, json, more, providers, onContract && more.isEmpty());
    }

    /** With {@code more} providers; the suite's {@link Sabotage} fails as the API may fail anyway. */
    public Setup withProviders(Object... more) {
      boolean sabotageOnly = Arrays.stream(more).allMatch(Sabotage.class::isInstance);
      return new Setup(cursorKey, json, properties, List.of(more), onContract && sabotageOnly);
    }
  }

  /** The API being served, until it is closed. */
  interface Served extends AutoCloseable {

    /** {@code http://localhost:PORT}, without a trailing slash. */
    String base();

    /** Adds a project to the API's store, as its owner would create it; returns its id. */
    long addProject(String name, String owner);

    /** Moves the API's clock forward by {@code amount}. */
    void advanceClock(Duration amount);

    /**
     * Returns once what the API has logged so far has reached the tests' loggers: at once for a
     * runtime in the tests' JVM, after the process's output for a runtime that serves in a process
     * of its own and passes its log records on.
     */
    default void awaitLogs() {}

    /** Stops serving, once the requests in progress have ended: what they log is logged by then. */
    @Override
    void close();
  }
}
