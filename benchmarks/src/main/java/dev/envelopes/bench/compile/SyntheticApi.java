package dev.envelopes.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic API of a given number of annotated resource methods: resources of ten methods
 * each, in the four styles in turn, each with two paged methods, single values, lists, optionals,
 * creates, updates and deletes, and exceptions declared with {@code @ApiError} and
 * {@code @MapException}.
 */
public final class SyntheticApi {

  static final int METHODS_PER_RESOURCE = 10;

  private static final String PACKAGE = "bench.api";

  private static final String[] STYLES = {"META", "BARE", "STATUS", "VENDOR"};

  private SyntheticApi() {}

  /** Writes the API's sources under {@code root} and answers their paths. */
  public static List<Path> write(Path root, int methods) throws IOException {
    Path folder = root.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    files.add(writeSource(folder, "SyntheticApi", apiType()));
    int resources = (methods + METHODS_PER_RESOURCE - 1) / METHODS_PER_RESOURCE;
    for (int r = 0; r < resources; r++) {
      int count = Math.min(METHODS_PER_RESOURCE, methods - r * METHODS_PER_RESOURCE);
      String suffix = String.format("%04d", r);
      String style = STYLES[r % STYLES.length];
      files.add(writeSource(folder, "Record" + suffix, record(suffix)));
      files.add(writeSource(folder, "NotFound" + suffix, exception(suffix, "NotFound", 404)));
      files.add(writeSource(folder, "Conflict" + suffix, exception(suffix, "Conflict", 409)));
      files.add(writeSource(folder, "Resource" + suffix, resource(suffix, style, count)));
    }
    return files;
  }

  private static Path writeSource(Path folder, String name, String source) throws IOException {
    return Files.writeString(folder.resolve(name + ".java"), source);
  }

  private static String apiType() {
    return """
    package %s;

    import dev.envelopes.*;

    @EnvelopeApi
    @VendorConvention(vendor = "bench", version = 1,
        errorDocumentation = "https://developer.example.com/errors/")
    @ResponseCode(status = 200, code = 602, message = "Request OK")
    @ResponseCode(status = 404, code = 1004, message = "Resource not found")
    @MapException(value = IllegalStateException.class, status = 409,
        detail = "The resource is busy.")
    @MapException(value = UnsupportedOperationException.class, status = 405)
    public final class SyntheticApi {}
    """
        .formatted(PACKAGE);
  }

  private static String record(String suffix) {
    return """
    package %s;

    public record Record%s(long id, String name, boolean active) {}
    """
        .formatted(PACKAGE, suffix);
  }

  private static String exception(String suffix, String name, int status) {
    return """
    package %s;

    @dev.envelopes.ApiError(status = %d)
    public class %s%s extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }
    """
        .formatted(PACKAGE, status, name, suffix);
  }

  private static String resource(String suffix, String style, int methods) {
    StringBuilder source =
        new StringBuilder(
            """
            package %s;

            import dev.envelopes.*;
            import jakarta.ws.rs.*;
            import java.util.*;

            @Path("/r%s")
            @Enveloped
            @EnvelopeStyle(Style.%s)
            public class Resource%s {
            """
                .formatted(PACKAGE, suffix, style, suffix));
    for (int m = 0; m < methods; m++) {
      source.append(method(m, "Record" + suffix, suffix, style));
    }
    return source.append("}\n").toString();
  }

  /** The {@code m}-th method of a resource: each of the ten is a different shape. */
  private static String method(int m, String record, String suffix, String style) {
    String path = "m" + m;
    return switch (m) {
      case 0 ->
          """
            @GET @Path("%s/{id}")
            public %s get%d(@PathParam("id") long id) {
              if (id < 0) { throw new NotFound%s(); }
              return new %s(id, "name", true);
            }
          """
              .formatted(path, record, m, suffix, record);
      case 1, 7 ->
          """
            @GET @Path("%s") @Paginated(maxLimit = 100)
            public Page<%s> page%d(%s) {
              return new Page<>(List.of(), 0);
            }
          """
              .formatted(path, record, m, pagingParameters(style));
      case 2 ->
          """
            @GET @Path("%s")
            public List<%s> list%d(@QueryParam("q") String q) {
              return List.of();
            }
          """
              .formatted(path, record, m);
      case 3 ->
          """
            @POST @Path("%s")
            public long create%d(%s body) {
              return body.id();
            }
          """
              .formatted(path, m, record);
      case 4 ->
          """
            @%s @Path("%s/{id}")
            public void update%d(@PathParam("id") long id, %s body) {
              if (id < 0) { throw new Conflict%s(); }
            }
          """
              .formatted(style.equals("META") ? "PATCH" : "PUT", path, m, record, suffix);
      case 5 ->
          """
            @DELETE @Path("%s/{id}")
            public void delete%d(@PathParam("id") long id) {
              if (id < 0) { throw new IllegalStateException(); }
            }
          """
              .formatted(path, m);
      case 6 ->
          """
            @GET @Path("%s")
            public Optional<%s> find%d(@QueryParam("name") String name) {
              return Optional.empty();
            }
          """
              .formatted(path, record, m);
      case 8 ->
          """
            @GET @Path("%s/{id}")
            public String label%d(@PathParam("id") long id) {
              return "label " + id;
            }
          """
              .formatted(path, m);
      default ->
          """
            @GET @Path("%s")
            public List<String> tags%d() {
              return List.of("a", "b");
            }
          """
              .formatted(path, m);
    };
  }

  /** The paging query parameters of each style, as its README section shows them. */
  private static String pagingParameters(String style) {
    return switch (style) {
      case "META" ->
          "@QueryParam(\"offset\") long offset,"
              + " @QueryParam(\"limit\") @DefaultValue(\"25\") int limit";
      // The bare and vendor styles both page by an opaque, signed cursor.
      case "BARE", "VENDOR" ->
          "@QueryParam(\"cursor\") @DefaultValue(\"\") Cursor cursor,"
              + " @QueryParam(\"limit\") @DefaultValue(\"25\") int limit";
      case "STATUS" ->
          "@QueryParam(\"page\") @DefaultValue(\"1\") long page,"
              + " @QueryParam(\"per_page\") @DefaultValue(\"25\") int perPage";
      default -> throw new IllegalArgumentException("no such style: " + style);
    };
  }
}
