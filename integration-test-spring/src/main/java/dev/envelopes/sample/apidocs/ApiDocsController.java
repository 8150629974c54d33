package dev.envelopes.sample.apidocs;

import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the API's OpenAPI document at {@value ApiDocs#DOCUMENT_PATH} and the Swagger UI page that
 * shows it at {@value ApiDocs#UI_PATH}, as the Jakarta REST sample's {@code OpenApiResource} and
 * {@code SwaggerUiResource} do: a plain controller, which Envelopes does not envelope. Without a
 * document in the application's classes, a plain 404.
 */
@RestController
public class ApiDocsController {

  @GetMapping(ApiDocs.DOCUMENT_PATH)
  public ResponseEntity<byte[]> document() {
    return answer(ApiDocs.document());
  }

  /** {@code /docs} without its slash is sent to {@code /docs/}, where the page's files resolve. */
  @GetMapping("/docs")
  public ResponseEntity<byte[]> toPage() {
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create(ApiDocs.UI_PATH))
        .build();
  }

  @GetMapping(ApiDocs.UI_PATH)
  public ResponseEntity<byte[]> page() {
    return answer(ApiDocs.swaggerUi(""));
  }

  /** One of the page's files, such as its script or style sheet. */
  @GetMapping(ApiDocs.UI_PATH + "{file}")
  public ResponseEntity<byte[]> file(@PathVariable("file") String file) {
    return answer(ApiDocs.swaggerUi(file));
  }

  private static ResponseEntity<byte[]> answer(Optional<ApiDocs.Asset> asset) {
    return asset
        .map(
            found ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(found.mediaType()))
                    .body(found.content()))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
