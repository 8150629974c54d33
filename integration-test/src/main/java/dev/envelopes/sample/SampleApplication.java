package dev.envelopes.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.envelopes.CursorKey;
import dev.envelopes.EnvelopeApi;
import dev.envelopes.MapException;
import dev.envelopes.ResponseCode;
import dev.envelopes.VendorConvention;
import dev.envelopes.sample.apidocs.OpenApiResource;
import dev.envelopes.sample.apidocs.SwaggerUiResource;
import dev.envelopes.sample.contacts.ContactBook;
import dev.envelopes.sample.contacts.ContactResource;
import dev.envelopes.sample.flow.ActivityResource;
import dev.envelopes.sample.flow.ListResource;
import dev.envelopes.sample.flow.Workspace;
import dev.envelopes.sample.library.AuthorResource;
import dev.envelopes.sample.library.Library;
import dev.envelopes.sample.library.ShelfResource;
import dev.envelopes.sample.milestones.MilestoneResource;
import dev.envelopes.sample.notes.NoteResource;
import dev.envelopes.sample.notes.Notebook;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sample API: projects and their tasks, answered in the meta envelope with the API's code
 * table, contacts, answered in the bare style their package chooses, and notes, answered in the
 * status envelope their class chooses, lists and activities, answered as the Flow vendor API
 * their package chooses, and quotes, checked in each style. Registering {@link EnvelopesFeature},
 * which Envelopes generated, is the one line of setup.
 * It also serves its OpenAPI document and a Swagger UI page of it ({@code
 * dev.envelopes.sample.apidocs}), plain resources that Envelopes does not envelope.
 *
 * <p>A plain Jakarta REST {@link Application}, so that every runtime serves the same one: its
 * resources and providers are {@link #getSingletons() instances}, holding the store, and its
 * configuration is {@link #getProperties()}.
 */
@EnvelopeApi
@VendorConvention(
    vendor = "flow",
    version = 2,
    errorDocumentation = "https://developer.getflow.com/errors/")
@ResponseCode(status = 200, code = 602, message = "Request OK")
@ResponseCode(status = 201, code = 603, message = "Resource created")
@ResponseCode(status = 400, code = 1001, message = "Invalid request")
@ResponseCode(status = 401, code = 1002, message = "Authentication required")
@ResponseCode(status = 403, code = 1003, message = "Permission denied")
@ResponseCode(status = 404, code = 1004, message = "Resource not found")
@ResponseCode(status = 409, code = 1005, message = "Resource already exists")
@ResponseCode(status = 429, code = 1006, message = "Rate limit exceeded")
@ResponseCode(status = 500, code = 1000, message = "Internal error")
@MapException(
    value = IllegalArgumentException.class,
    status = 400,
    detail = "A parameter of the request is not valid.")
// Not final: a runtime may subclass the Application it serves (Open Liberty proxies it for CDI).
public class SampleApplication extends Application {

  /** Where the reporting database would be; the sample runs none, so reports always fail. */
  static final String REPORT_DATABASE = ReportService.SAMPLE_DATABASE;

  /**
   * Jersey warns about every resource registered as an instance, although it serves them
   * (eclipse-ee4j/jersey#3700); the sample registers its resources that way to hand them the store.
   * Held here because the logging framework keeps only weak references to its loggers.
   */
  private static final Logger PROVIDER_CHECKS =
      Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

  /** Jersey's switch for WADL, which needs JAXB, which the sample does not have. */
  private static final String JERSEY_WADL_DISABLED = "jersey.config.server.wadl.disableWadl";

  private final Set<Object> singletons = new LinkedHashSet<>();
  private final Map<String, Object> properties = new HashMap<>();

  /**
   * The API as a runtime that creates the Application itself and finds its resources and providers
   * on its own creates it, such as Quarkus: it holds no instances and no configuration, so that the
   * runtime serves every resource and {@code @Provider} it finds, with the store its own beans hold.
   */
  public SampleApplication() {}

  /**
   * The API over {@code store}.
   *
   * @param cursorKey the base64 of the key that signs cursors ({@value CursorKey#PROPERTY}), or
   *     {@code null} for a random key of this process
   */
  public SampleApplication(SampleStore store, String cursorKey) {
    this(store, cursorKey, new SampleJson(), Map.of());
  }

  /**
   * The API over {@code store}, its JSON written by the mapper {@code json} provides instead of
   * {@link SampleJson}'s, such as one that writes dates as timestamps.
   *
   * @param cursorKey as above
   */
  public SampleApplication(
      SampleStore store, String cursorKey, ContextResolver<ObjectMapper> json) {
    this(store, cursorKey, json, Map.of());
  }

  /**
   * The API over {@code store}, with more configuration properties, such as {@code
   * envelopes.links.base-uri}.
   *
   * @param cursorKey as above
   * @param properties the other configuration properties by name
   */
  public SampleApplication(SampleStore store, String cursorKey, Map<String, Object> properties) {
    this(store, cursorKey, new SampleJson(), properties);
  }

  /**
   * The API over {@code store}, its JSON written by the mapper {@code json} provides, with more
   * configuration properties.
   *
   * @param cursorKey as above
   * @param json what provides the ObjectMapper
   * @param properties the other configuration properties by name
   */
  public SampleApplication(
      SampleStore store,
      String cursorKey,
      ContextResolver<ObjectMapper> json,
      Map<String, Object> properties) {
    PROVIDER_CHECKS.setLevel(Level.SEVERE);
    if (cursorKey != null) {
      this.properties.put(CursorKey.PROPERTY, cursorKey);
    }
    this.properties.putAll(properties);
    this.properties.put(JERSEY_WADL_DISABLED, true);
    singletons.add(new EnvelopesFeature());
    Library library = Library.seeded();
    // Not register(), which a subclass may override: the object is not built yet.
    Collections.addAll(
        singletons,
        new ProjectResource(store, new ReportService(REPORT_DATABASE)),
        new ArchiveResource(store),
        new TaskResource(store),
        new ContactResource(ContactBook.seeded()),
        new NoteResource(Notebook.seeded()),
        new ListResource(Workspace.seeded()),
        new ActivityResource(),
        new MilestoneResource(),
        new QuoteResource(),
        new ShelfResource(library),
        new AuthorResource(library),
        new OpenApiResource(),
        new SwaggerUiResource(),
        json);
  }

  /**
   * Adds resources or providers to the API, such as a test's own exception mapper; before the API
   * is served.
   */
  public SampleApplication register(Object... components) {
    singletons.addAll(List.of(components));
    return this;
  }

  // Deprecated in Jakarta REST 4 in favour of CDI, and still the one way every runtime takes
  // ready-made instances from the Application itself, without a container of its own.
  @Override
  @SuppressWarnings("deprecation")
  public Set<Object> getSingletons() {
    return Collections.unmodifiableSet(singletons);
  }

  @Override
  public Map<String, Object> getProperties() {
    return Collections.unmodifiableMap(properties);
  }
}
