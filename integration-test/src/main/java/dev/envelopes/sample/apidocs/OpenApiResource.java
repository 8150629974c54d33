package dev.envelopes.sample.apidocs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Serves the API's OpenAPI document at {@value ApiDocs#DOCUMENT_PATH}: a plain Jakarta REST
 * resource, which Envelopes does not envelope. Without a document in the application's classes,
 * a plain 404.
 */
@Path(ApiDocs.DOCUMENT_PATH)
public class OpenApiResource {

  @GET
  public Response document() {
    return answer(ApiDocs.document());
  }

  /**
   * The answer of an {@link ApiDocs.Asset}: the file, or a plain 404 without a body. Here, in a
   * class whose name the Spring samples' builds leave out with the other Jakarta REST resources.
   */
  static Response answer(Optional<ApiDocs.Asset> asset) {
    return asset
        .map(found -> Response.ok(found.content(), found.mediaType()).build())
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
  }
}
