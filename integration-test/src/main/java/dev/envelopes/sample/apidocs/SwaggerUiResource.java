package dev.envelopes.sample.apidocs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Serves the Swagger UI page at {@value ApiDocs#UI_PATH}, showing the API's OpenAPI document: a
 * plain Jakarta REST resource, which Envelopes does not envelope.
 */
@Path("docs")
public class SwaggerUiResource {

  /** The page; {@code /docs} without its slash is sent to {@code /docs/}, where its files resolve. */
  @GET
  public Response page(@Context UriInfo request) {
    if (!request.getRequestUri().getRawPath().endsWith("/")) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(URI.create(ApiDocs.UI_PATH))
          .build();
    }
    return OpenApiResource.answer(ApiDocs.swaggerUi(""));
  }

  /** One of the page's files, such as its script or style sheet. */
  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String file) {
    return OpenApiResource.answer(ApiDocs.swaggerUi(file));
  }
}
