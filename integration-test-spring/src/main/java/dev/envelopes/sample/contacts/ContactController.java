package dev.envelopes.sample.contacts;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.sample.MissingApiKey;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The address book, in the bare style its package chooses; as {@code ContactResource}. */
@RestController
@RequestMapping("/contacts")
@Enveloped
public class ContactController {

  /** The key that may delete contacts. */
  static final String ADMIN_KEY = "admin-key";

  private final ContactBook book;

  public ContactController(ContactBook book) {
    this.book = book;
  }

  @GetMapping
  @Paginated(maxLimit = 50)
  public Page<Contact> list(
      @RequestParam(defaultValue = "") Cursor cursor,
      @RequestParam(defaultValue = "2") int limit) {
    return book.page(cursor.offset(), limit);
  }

  @GetMapping("/{id}")
  public Contact get(@PathVariable UUID id) {
    return book.get(id);
  }

  /** The contact with this email, if there is one: none answers 204. */
  @GetMapping("/lookup")
  public Optional<Contact> lookup(@RequestParam(defaultValue = "") String email) {
    return book.byEmail(email);
  }

  /** The contacts whose name contains {@code name}: none answers 204. */
  @GetMapping("/search")
  public List<Contact> search(@RequestParam(defaultValue = "") String name) {
    return book.search(name);
  }

  @PostMapping
  public UUID create(@RequestBody @Valid NewContact contact) {
    return book.add(contact.fullName(), contact.email());
  }

  @PutMapping("/{id}")
  public void update(@PathVariable UUID id, @RequestBody @Valid NewContact contact) {
    book.update(id, contact.fullName(), contact.email());
  }

  /** A process action: it answers an empty 200 like an update. */
  @PostMapping("/{id}/deactivate")
  public void deactivate(@PathVariable UUID id) {
    book.deactivate(id);
  }

  @DeleteMapping("/{id}")
  public void delete(
      @PathVariable UUID id, @RequestHeader(name = "X-Api-Key", required = false) String apiKey) {
    if (!ADMIN_KEY.equals(apiKey)) {
      throw new MissingApiKey();
    }
    book.delete(id);
  }

  /** An attachment of the contact; one never uploaded is answered with ATTACHMENT_NOT_FOUND. */
  @GetMapping("/{id}/attachments/{name}")
  public Attachment attachment(@PathVariable UUID id, @PathVariable String name) {
    return book.attachment(id, name);
  }

  /** Uploads an attachment: a .pdf, .doc or .docx of at most 1 KB. */
  @PutMapping(
      path = "/{id}/attachments/{name}",
      consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  public void attach(
      @PathVariable UUID id, @PathVariable String name, @RequestBody byte[] content) {
    book.attach(id, name, content.length);
  }

  /** Avatars live in a store the sample does not run: it always fails, and leaks nothing. */
  @GetMapping("/{id}/avatar")
  public String avatar(@PathVariable UUID id) {
    book.get(id);
    throw new IllegalStateException(
        "avatar store s3://avatars-internal/" + id + "?secret=s3cr3t-avatar is unreachable");
  }
}
