package dev.envelopes.bench.sample;

import dev.envelopes.Page;
import dev.envelopes.Style;
import dev.envelopes.bench.runtime.Paged;
import dev.envelopes.bench.runtime.Wrapped;
import dev.envelopes.sample.notes.Note;
import dev.envelopes.sample.notes.NoteResource;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The runtime twin of the sample's {@link NoteResource}: its page, single note and search, wrapped
 * in the status envelope by the runtime filter.
 */
@Path("/notes")
@Wrapped(Style.STATUS)
public class RuntimeNotes {

  private final NoteResource notes;

  RuntimeNotes(NoteResource notes) {
    this.notes = notes;
  }

  @GET
  @Paged(defaultLimit = 2)
  public Page<Note> list(
      @QueryParam("page") @DefaultValue("1") long page,
      @QueryParam("per_page") @DefaultValue("2") int perPage) {
    return notes.list(page, perPage);
  }

  @GET
  @Path("{id}")
  public Note get(@PathParam("id") long id) {
    return notes.get(id);
  }

  @GET
  @Path("search")
  public List<Note> search(@QueryParam("text") @DefaultValue("") String text) {
    return notes.search(text);
  }
}
