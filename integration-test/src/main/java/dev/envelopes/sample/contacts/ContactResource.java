package dev.envelopes.sample.contacts;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.sample.MissingApiKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The address book, in the bare style its package chooses. */
@Path("/contacts")
@Enveloped
public class ContactResource {

  /** The key that may delete contacts. */
  static final String ADMIN_KEY = "admin-key";

  private final ContactBook book;

  public ContactResource(ContactBook book) {
    this.book = book;
  }

  @GET
  @Paginated(maxLimit = 50)
  public Page<Contact> list(
      @QueryParam("cursor") @DefaultValue("") Cursor cursor,
      @QueryParam("limit") @DefaultValue("2") int limit) {
    return book.page(cursor.offset(), limit);
  }

  @GET
  @Path("{id}")
  public Contact get(@PathParam("id") UUID id) {
    return book.get(id);
  }

  /** The contact with this email, if there is one: none answers 204. */
  @GET
  @Path("lookup")
  public Optional<Contact> lookup(@QueryParam("email") @DefaultValue("") String email) {
    return book.byEmail(email);
  }

  /** The contacts whose name contains {@code name}: none answers 204. */
  @GET
  @Path("search")
  public List<Contact> search(@QueryParam("name") @DefaultValue("") String name) {
    return book.search(name);
  }

  @POST
  public UUID create(@Valid @NotNull NewContact contact) {
    return book.add(contact.fullName(), contact.email());
  }

  @PUT
  @Path("{id}")
  public void update(@PathParam("id") UUID id, @Valid @NotNull NewContact contact) {
    book.update(id, contact.fullName(), contact.email());
  }

  /** A process action: it answers an empty 200 like an update. */
  @POST
  @Path("{id}/deactivate")
  public void deactivate(@PathParam("id") UUID id) {
    book.deactivate(id);
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") UUID id, @HeaderParam("X-Api-Key") String apiKey) {
    if (!ADMIN_KEY.equals(apiKey)) {
      throw new MissingApiKey();
    }
    book.delete(id);
  }

  /** An attachment of the contact; one never uploaded is answered with ATTACHMENT_NOT_FOUND. */
  @GET
  @Path("{id}/attachments/{name}")
  public Attachment attachment(@PathParam("id") UUID id, @PathParam("name") String name) {
    return book.attachment(id, name);
  }

  /** Uploads an attachment: a .pdf, .doc or .docx of at most 1 KB. */
  @PUT
  @Path("{id}/attachments/{name}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public void attach(@PathParam("id") UUID id, @PathParam("name") String name, byte[] content) {
    book.attach(id, name, content.length);
  }

  /** Avatars live in a store the sample does not run: it always fails, and leaks nothing. */
  @GET
  @Path("{id}/avatar")
  public String avatar(@PathParam("id") UUID id) {
    book.get(id);
    throw new IllegalStateException(
        "avatar store s3://avatars-internal/" + id + "?secret=s3cr3t-avatar is unreachable");
  }
}
