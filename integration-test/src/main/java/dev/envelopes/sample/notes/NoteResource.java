package dev.envelopes.sample.notes;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Notes, in the status envelope, which this class chooses for itself. */
@Path("/notes")
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class NoteResource {

  private final Notebook notebook;

  public NoteResource(Notebook notebook) {
    this.notebook = notebook;
  }

  @GET
  @Paginated(maxLimit = 20)
  public Page<Note> list(
      @QueryParam("page") @DefaultValue("1") long page,
      @QueryParam("per_page") @DefaultValue("2") int perPage) {
    return notebook.page(page, perPage);
  }

  @GET
  @Path("{id}")
  public Note get(@PathParam("id") long id) {
    return notebook.get(id);
  }

  /** The notes whose title contains {@code text}: a list, not paged, so without pagination. */
  @GET
  @Path("search")
  public List<Note> search(@QueryParam("text") @DefaultValue("") String text) {
    return notebook.search(text);
  }

  @POST
  public long create(@Valid @NotNull NewNote note) {
    return notebook.add(note.title(), note.body());
  }

  @PUT
  @Path("{id}")
  public void update(@PathParam("id") long id, @Valid @NotNull NewNote note) {
    notebook.update(id, note.title(), note.body());
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    notebook.delete(id);
  }

  /** Attachments live in a store the sample does not run: it always fails, and leaks nothing. */
  @GET
  @Path("{id}/attachments")
  public List<String> attachments(@PathParam("id") long id) {
    notebook.get(id);
    throw new IllegalStateException("attachment store at https://files.internal/?key=s3cr3t-notes");
  }
}
