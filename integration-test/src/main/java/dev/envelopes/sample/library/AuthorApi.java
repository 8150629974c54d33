package dev.envelopes.sample.library;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The authors' API as a client would share it, for example with a MicroProfile REST client: its
 * paths, HTTP methods and parameters are declared here, and {@link AuthorResource} implements it.
 */
public interface AuthorApi {

  @GET
  List<Author> list(@QueryParam("name") @DefaultValue("") String name);

  @GET
  @Path("{id}")
  Author get(@PathParam("id") long id);
}
