package dev.envelopes.sample.apidocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * What the samples serve to describe their API, whatever the framework: the OpenAPI document the
 * processor wrote into the application's classes, and the files of the Swagger UI page that shows
 * it, from the {@code org.webjars:swagger-ui} jar. Each framework's sample only maps the two paths
 * below to it.
 */
public final class ApiDocs {

  /** Where the document is served. */
  public static final String DOCUMENT_PATH = "/openapi.json";

  /** Where the Swagger UI page is served, with its files beneath. */
  public static final String UI_PATH = "/docs/";

  /** The document in the application's classes, as the processor writes it. */
  static final String DOCUMENT = "META-INF/openapi/openapi.json";

  /** The Swagger UI's own initializer, which this one replaces: it points at a demo API. */
  static final String INITIALIZER = "swagger-initializer.js";

  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

  /** A file name of the page, never a path: nothing outside the webjar's folder is reachable. */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9]+)*");

  private static final String INITIALIZER_SOURCE =
      """
      window.onload = function () {
        window.ui = SwaggerUIBundle({
          url: "%s",
          dom_id: "#swagger-ui",
          deepLinking: true,
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
          plugins: [SwaggerUIBundle.plugins.DownloadUrl],
          layout: "StandaloneLayout"
        });
      };
      """
          .formatted(DOCUMENT_PATH);

  private ApiDocs() {}

  /**
   * A file to answer with.
   *
   * @param content its bytes
   * @param mediaType its {@code Content-Type}
   */
  public record Asset(byte[] content, String mediaType) {}

  /** The OpenAPI document, or nothing where the application's classes hold none. */
  public static Optional<Asset> document() {
    return read(DOCUMENT).map(bytes -> new Asset(bytes, "application/json"));
  }

  /**
   * The Swagger UI page's file {@code name} ({@code ""} for the page itself), with an initializer
   * that shows {@value #DOCUMENT_PATH}; nothing for a name the page does not have.
   */
  public static Optional<Asset> swaggerUi(String name) {
    String file = name.isEmpty() ? "index.html" : name;
    if (file.equals(INITIALIZER)) {
      return Optional.of(
          new Asset(INITIALIZER_SOURCE.getBytes(StandardCharsets.UTF_8), mediaTypeOf(file)));
    }
    if (!FILE_NAME.matcher(file).matches()) {
      return Optional.empty();
    }
    return webjarFolder()
        .flatMap(folder -> read(folder + file))
        .map(bytes -> new Asset(bytes, mediaTypeOf(file)));
  }

  /** The folder of the webjar's version on the class path, such as {@code .../5.35.0/}. */
  private static Optional<String> webjarFolder() {
    return read(WEBJAR_VERSION)
        .map(
            bytes -> {
              Properties properties = new Properties();
              try {
                properties.load(new ByteArrayInputStream(bytes));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return WEBJAR + properties.getProperty("version") + "/";
            });
  }

  private static String mediaTypeOf(String file) {
    String extension = file.substring(file.lastIndexOf('.') + 1);
    return switch (extension) {
      case "html" -> "text/html; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "png" -> "image/png";
      default -> "application/octet-stream";
    };
  }

  private static Optional<byte[]> read(String resource) {
    ClassLoader loader = ApiDocs.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
