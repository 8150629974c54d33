package dev.envelopes.sample.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envelopes.sample.SampleSeed;
import dev.envelopes.sample.SampleStore;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sample API running on a free port of localhost, with a freshly seeded store and a clock that
 * moves only when a test says so, and the HTTP calls tests make to it.
 *
 * <p>The seed, the same for every test:
 *
 * <ul>
 *   <li>API keys {@code ada-key} for ada and {@code grace-key} for grace.
 *   <li>Projects 1-3 owned by ada, 4-6 by grace, 7-9 by {@value #SPECIAL_OWNER}, whose name needs
 *       percent-encoding in a query.
 *   <li>Tasks 1-2 in project 1 ({@value #FIRST_TASK}, {@value #SECOND_TASK}), tasks 3-14 in project
 *       2 ("Note 1" to "Note 12"), none in the other projects.
 *   <li>Contacts 1-5 of {@link #CONTACTS}, seeded by the application itself, with the ids {@code
 *       00000000-0000-0000-0000-00000000000N}; contact 5 is inactive. The next one created is 6.
 *   <li>Notes 1-5 of {@link #NOTES}, seeded by the application itself; note 3 is locked. The next
 *       one created is 6.
 *   <li>Lists 1-5 of {@link VendorAssertions#LISTS} and accounts 1 "Ada" and 2 "Grace", seeded by
 *       the application itself; list 2 is archived. The next one created is 6.
 *   <li>Activities 1-2 and members 1 "Ada" and 2 "Grace" of {@code ActivityResource}, with the
 *       dates {@link dev.envelopes.sample.vendor.VendorDatesTest} shows.
 * </ul>
 */
public final class SampleApi implements AutoCloseable {

  /** The owner of projects 7 to 9: a space, an ampersand and a plus sign, all to be encoded. */
  public static final String SPECIAL_OWNER = SampleSeed.SPECIAL_OWNER;

  public static final String FIRST_TASK = SampleSeed.FIRST_TASK;
  public static final String SECOND_TASK = SampleSeed.SECOND_TASK;

  /** When the clock of every test starts. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /** The names of the seeded projects by id, from 1. */
  public static final String[][] PROJECTS = SampleSeed.projects();

  /** The seeded contacts by id, from 1: full name, email and whether it is active. */
  public static final Object[][] CONTACTS = {
    {"Alice Johnson", "alice@example.com", true},
    {"Bob Williams", "bob@example.com", true},
    {"Carol Davis", "carol@example.com", true},
    {"Dan Brown", "dan@example.com", true},
    {"Eve Miller", "eve@example.com", false},
  };

  /** The seeded notes by id, from 1: title, body and whether it is locked. */
  public static final Object[][] NOTES = {
    {"Groceries", "Milk, eggs, flour", false},
    {"Ideas", "A processor that writes envelopes", false},
    {"Minutes", "Agreed on the status envelope", true},
    {"Reading", "The JSend specification", false},
    {"Travel", "Book the train", false},
  };

  /**
   * The key the API signs cursors with in tests, so that a test can write the cursor it expects:
   * the base64 of the bytes 0 to 31.
   */
  public static final String CURSOR_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final SampleRuntime.Served served;
  private final String base;

  private SampleApi(SampleRuntime.Setup setup) {
    served = SampleRuntime.current().serve(setup);
    base = served.base();
    try {
      Contract.suite().serving(base, setup);
    } catch (RuntimeException | Error e) {
      served.close(); // no document to check against: the test fails, and the API stops
      throw e;
    }
  }

  /** Starts the API with the seed on a free port. */
  public static SampleApi start() {
    return new SampleApi(SampleRuntime.Setup.standard());
  }

  /**
   * Starts the API with the seed on a free port, its JSON written by the mapper {@code json}
   * provides instead of the sample's own.
   */
  public static SampleApi start(ContextResolver<ObjectMapper> json) {
    return new SampleApi(SampleRuntime.Setup.standard().withJson(json));
  }

  /** Starts the API as above, with more configuration properties. */
  public static SampleApi start(Map<String, Object> properties) {
    return new SampleApi(SampleRuntime.Setup.standard().withProperties(properties));
  }

  /** Starts the API as {@code setup} says. */
  public static SampleApi start(SampleRuntime.Setup setup) {
    return new SampleApi(setup);
  }

  /** Adds the seed described above to {@code store}: that of {@link SampleSeed}. */
  public static void seed(SampleStore store) {
    SampleSeed.seed(store);
  }

  @Override
  public void close() {
    Contract.suite().stopped(base);
    served.close();
  }

  /** Adds a project for a single test, as its owner would create it; returns its id. */
  public long addProject(String name, String owner) {
    return served.addProject(name, owner);
  }

  /** Moves the clock the API reads forward by {@code amount}. */
  public void advanceClock(Duration amount) {
    served.advanceClock(amount);
  }

  /** {@code http://localhost:PORT}, without a trailing slash. */
  public String base() {
    return base;
  }

  /** The absolute URI of {@code pathAndQuery}, which starts with a slash and is already encoded. */
  public URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  public Response get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  /**
   * A GET of a link, such as a pagination link or a {@code Location}, resolved as a client resolves
   * it: a link relative to the server's root goes to this server.
   */
  public Response get(URI link) {
    return send(HttpRequest.newBuilder(URI.create(base + "/").resolve(link)).GET());
  }

  public Response post(String pathAndQuery, String jsonBody) {
    return send(withJson(pathAndQuery, "POST", BodyPublishers.ofString(jsonBody)));
  }

  /** A POST without a body, such as the start of an export. */
  public Response post(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(BodyPublishers.noBody()));
  }

  /** A POST of {@code body} as {@code contentType}, such as a media type the API does not take. */
  public Response postAs(String pathAndQuery, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(pathAndQuery))
            .POST(BodyPublishers.ofString(body))
            .header("Content-Type", contentType));
  }

  public Response patch(String pathAndQuery, String jsonBody) {
    return send(withJson(pathAndQuery, "PATCH", BodyPublishers.ofString(jsonBody)));
  }

  public Response put(String pathAndQuery, String jsonBody) {
    return send(withJson(pathAndQuery, "PUT", BodyPublishers.ofString(jsonBody)));
  }

  public Response delete(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).DELETE());
  }

  public Response delete(String pathAndQuery, String apiKey) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).DELETE().header("X-Api-Key", apiKey));
  }

  /**
   * A request with exactly the headers given, as name and value pairs, and no {@code Accept} header
   * unless they hold one, unlike the helpers above, which all send {@code Accept:
   * application/json}. {@code body} {@code null} sends none.
   */
  public Response exchange(String method, URI absolute, String body, String... headers) {
    if (headers.length % 2 != 0) {
      throw new IllegalArgumentException("headers come in name and value pairs");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(absolute)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return sendAsIs(request);
  }

  /** A GET of {@code pathAndQuery} with exactly the headers given, as name and value pairs. */
  public Response getWith(String pathAndQuery, String... headers) {
    return exchange("GET", uri(pathAndQuery), null, headers);
  }

  /** A GET of an absolute URI, such as a pagination link, with exactly the headers given. */
  public Response getWith(URI absolute, String... headers) {
    return exchange("GET", absolute, null, headers);
  }

  /**
   * A request of {@code method} with {@code body} sent as {@code contentType}, and the other
   * headers given as name and value pairs; no {@code Accept} header unless they hold one.
   */
  public Response sendAs(
      String method, String pathAndQuery, String contentType, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = contentType;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return exchange(method, uri(pathAndQuery), body, all);
  }

  private HttpRequest.Builder withJson(String pathAndQuery, String method, BodyPublisher body) {
    return HttpRequest.newBuilder(uri(pathAndQuery))
        .method(method, body)
        .header("Content-Type", "application/json");
  }

  private Response send(HttpRequest.Builder request) {
    return sendAsIs(request.header("Accept", "application/json"));
  }

  /** Sends {@code request} with the headers it has, and no others. */
  private Response sendAsIs(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    try {
      var answer = CLIENT.send(built, BodyHandlers.ofString());
      served.awaitLogs();
      Response response = new Response(built, answer.statusCode(), answer.headers(), answer.body());
      Contract.suite()
          .check(
              built.uri().getScheme() + "://" + built.uri().getRawAuthority(),
              built.method(),
              built.uri().getRawPath(),
              response.status(),
              response::header,
              response.body(),
              response::toString);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(built.method() + " " + built.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(built.method() + " " + built.uri() + " interrupted", e);
    }
  }

  /**
   * The id of the {@code n}-th contact, seeded or created: {@code
   * 00000000-0000-0000-0000-00000000000n}, {@code n} in hexadecimal.
   */
  public static String contactId(int n) {
    return new UUID(0, n).toString();
  }

  /** Parses JSON text, such as an expected envelope written as a text block. */
  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  /** Parses JSON text after filling its {@code %s} placeholders, as {@link String#formatted}. */
  public static JsonNode json(String template, Object... args) {
    return json(template.formatted(args));
  }

  /**
   * One answer of the API.
   *
   * @param request what was sent
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the response body, as text
   */
  public record Response(HttpRequest request, int status, HttpHeaders headers, String body) {

    /** The body, parsed. */
    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError(this + ": the body is not JSON", e);
      }
    }

    /** The {@code Location} header, which must be there. */
    public URI location() {
      return URI.create(
          headers
              .firstValue("Location")
              .orElseThrow(() -> new AssertionError(this + ": no Location header")));
    }

    /** All values of a header, by its case-insensitive name. */
    public List<String> header(String name) {
      return headers.allValues(name);
    }

    @Override
    public String toString() {
      return request.method() + " " + request.uri() + " -> " + status + " " + body;
    }
  }
}
