package dev.envelopes.processor.write.openapi;

import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.ApiDeclaration;
import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.SchemaModel;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ErrorAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the API's OpenAPI 3.1 document, {@value #DOCUMENT}, its error catalog, {@value #CATALOG},
 * and for the vendor style the page of each error code, under {@value #CODE_PAGES}, into the class
 * output: a third rendering of the same {@link ApiPlan}, for Jakarta REST and Spring MVC alike.
 * Deterministic: no time, no version of the processor, every free order sorted (paths, methods,
 * responses, parameters, components).
 */
public final class OpenApiWriter {

  /** The option that turns the document off: {@code -Aenvelopes.openapi=false}. */
  public static final String ENABLED_OPTION = "envelopes.openapi";

  /** The option of the document's {@code info.title}; the API's package otherwise. */
  public static final String TITLE_OPTION = "envelopes.openapi.title";

  /** The option of {@code info.version}; the vendor version, else {@code 0}, otherwise. */
  public static final String VERSION_OPTION = "envelopes.openapi.version";

  /** Where the document goes in the class output. */
  public static final String DOCUMENT = "META-INF/openapi/openapi.json";

  /** Where the error catalog goes in the class output. */
  public static final String CATALOG = "META-INF/openapi/errors.md";

  /** Where the vendor style's page of each error code goes, {@code <code>.md}. */
  public static final String CODE_PAGES = "META-INF/openapi/errors/";

  private static final String JSON = "application/json";

  private final Filer filer;
  private final Map<String, String> options;

  public OpenApiWriter(Filer filer, Map<String, String> options) {
    this.filer = filer;
    this.options = options;
  }

  /** Whether the options leave the document on, as it is by default. */
  public static boolean enabled(Map<String, String> options) {
    return !"false".equalsIgnoreCase(options.getOrDefault(ENABLED_OPTION, "true").strip());
  }

  /**
   * Writes the document and the catalog of {@code plan}, whose payloads' schemas {@code payloads}
   * reads, named apart from the names it is given: those of Envelopes' own schemas.
   */
  public void write(ApiPlan plan, Function<Set<String>, PayloadSchemas> payloads) {
    List<Operation> operations = Operation.of(plan, new ErrorAnswers(plan));
    String title = options.getOrDefault(TITLE_OPTION, plan.apiPackage());
    Document document = document(plan, payloads.apply(Set.of()), operations, title);
    if (document.payloadTookAnOwnName()) {
      // The names of Envelopes' own schemas do not depend on the payloads': read again, apart.
      document = document(plan, payloads.apply(document.ownSchemas()), operations, title);
    }
    Element[] origins =
        plan.api().resources().stream()
            .map(ResourceModel::origin)
            .map(origin -> origin.element())
            .toArray(Element[]::new);
    write(DOCUMENT, JsonText.of(document.tree()), origins);
    write(CATALOG, CatalogWriter.render(plan, operations, title), origins);
    // Two codes that differ only in characters a file name cannot take keep the first's page.
    Map<String, String> pages = new TreeMap<>();
    CatalogWriter.vendorPages(plan, operations, new ErrorBodies(plan))
        .forEach((code, page) -> pages.putIfAbsent(CODE_PAGES + fileNameOf(code) + ".md", page));
    pages.forEach((name, page) -> write(name, page, origins));
  }

  /**
   * The document, and what tells whether its payloads' schemas must be named again.
   *
   * @param tree the document, as a tree of plain values
   * @param ownSchemas the names of the schemas it has of its own, which a payload's must not take: a
   *     payload type may have one of those names in a package of its own
   * @param payloadTookAnOwnName whether a payload's schema has one of those names
   */
  record Document(Map<String, Object> tree, Set<String> ownSchemas, boolean payloadTookAnOwnName) {}

  /** The document of {@code plan} whose payloads are {@code payloads}. */
  Document document(
      ApiPlan plan, PayloadSchemas payloads, List<Operation> operations, String title) {
    Optional<VendorDeclaration> vendor = plan.api().declaration().flatMap(ApiDeclaration::vendor);
    Map<String, Object> document = Schemas.object();
    document.put("openapi", "3.1.0");
    Map<String, Object> info = Schemas.object();
    info.put("title", title);
    info.put(
        "description",
        "Written by Envelopes at compile time. Payloads are described as Jackson writes them by"
            + " default, with java.time values as ISO-8601 strings; an application's ObjectMapper"
            + " may write otherwise.");
    info.put(
        "version",
        options.getOrDefault(
            VERSION_OPTION,
            vendor.map(declared -> String.valueOf(declared.version())).orElse("0")));
    document.put("info", info);
    Map<String, Object> components = new TreeMap<>();
    EnvelopeSchemas envelopes = new EnvelopeSchemas(payloads);
    ErrorBodies errors = new ErrorBodies(plan);
    SharedComponents examples = new SharedComponents("examples");
    SharedComponents shared = new SharedComponents("responses");
    Optional<Responses.Wire> vendorWire =
        plan.conventions().stream()
            .filter(OpenApiWriter::isVendor)
            .findFirst()
            .flatMap(
                convention ->
                    vendor.map(declared -> new Responses.Wire(convention, declared.mediaType())));
    Responses responses = new Responses(envelopes, errors, examples, shared, vendorWire);
    Map<String, Map<String, Map<String, Object>>> paths = new TreeMap<>();
    for (Operation operation : operations) {
      boolean isVendor = isVendor(operation.endpoint().convention());
      String mediaType = isVendor && vendor.isPresent() ? vendor.get().mediaType() : JSON;
      Map<String, Object> described = Schemas.object();
      described.put("tags", List.of(operation.endpoint().resource().type().simpleName()));
      described.put("operationId", operation.operationId());
      List<Object> parameters = Parameters.of(operation, isVendor);
      if (!parameters.isEmpty()) {
        described.put("parameters", parameters);
      }
      List<String> bodyTypes =
          isVendor && vendor.isPresent() ? List.of(JSON, mediaType) : List.of(JSON);
      Parameters.body(operation.endpoint(), payloads, bodyTypes)
          .ifPresent(body -> described.put("requestBody", body));
      described.put("responses", responses.of(operation, mediaType, isVendor, components));
      paths
          .computeIfAbsent(operation.path(), key -> new TreeMap<>(Operation.METHODS_IN_ORDER))
          .put(operation.method(), described);
    }
    UniqueNames ids = new UniqueNames();
    operations.forEach(operation -> ids.claim(operation.operationId()));
    OptedOutOperations.addTo(
        plan,
        errors,
        convention -> isVendor(convention) && vendor.isPresent() ? vendor.get().mediaType() : JSON,
        paths,
        ids);
    Set<String> versionedPaths = allTakenByTheVersionFilter(operations);
    Map<String, Object> pathItems = Schemas.object();
    paths.forEach(
        (path, methods) -> {
          Map<String, Object> item = Schemas.object();
          vendor
              .filter(declared -> versionedPaths.contains(path))
              .ifPresent(declared -> item.put("servers", servers(declared)));
          item.putAll(methods);
          pathItems.put(path, item);
        });
    document.put("paths", pathItems);
    errors.components(plan.conventions(), components);
    Set<String> own = Set.copyOf(components.keySet());
    payloads
        .named()
        .forEach((name, schema) -> components.put(name, Schemas.of((SchemaModel) schema)));
    Map<String, Object> parts = Schemas.object();
    parts.put("schemas", components);
    parts.put("responses", shared.all());
    parts.put("examples", examples.all());
    document.put("components", parts);
    return new Document(document, own, payloads.named().keySet().stream().anyMatch(own::contains));
  }

  /**
   * The paths whose enveloped operations, of which there is one at least, are all taken by the
   * version filter, which takes a version prefix off their path ({@link Operation#versionTaken}):
   * found in one pass, as searching the operations again for each path cost the paths times the
   * operations.
   */
  private static Set<String> allTakenByTheVersionFilter(List<Operation> operations) {
    Map<String, Boolean> allTaken = new HashMap<>();
    for (Operation operation : operations) {
      allTaken.merge(operation.path(), operation.versionTaken(), Boolean::logicalAnd);
    }
    Set<String> paths = new HashSet<>();
    allTaken.forEach(
        (path, taken) -> {
          if (taken) {
            paths.add(path);
          }
        });
    return paths;
  }

  /** The API's root and its version prefix, which vendor paths answer under alike. */
  private static List<Object> servers(VendorDeclaration vendor) {
    List<Object> servers = new ArrayList<>();
    for (String url : List.of("/", "/v" + vendor.version())) {
      Map<String, Object> server = Schemas.object();
      server.put("url", url);
      servers.add(server);
    }
    return servers;
  }

  private static boolean isVendor(Convention convention) {
    return convention.needsVendorDeclaration();
  }

  /** {@code code} as a file name: what a URL path segment and every file system take. */
  private static String fileNameOf(String code) {
    return code.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private void write(String name, String text, Element[] origins) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, origins);
      try (OutputStream out = file.openOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name, e);
    }
  }
}
