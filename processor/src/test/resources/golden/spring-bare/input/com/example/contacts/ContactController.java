package com.example.contacts;

import dev.envelopes.Cursor;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The address book in the bare style: the Jersey sample's contacts, without their store. */
@RestController
@RequestMapping("/contacts")
@Enveloped
public class ContactController {

  /** Three contacts, in the order of their ids. */
  private static final List<Contact> CONTACTS =
      List.of(
          new Contact(1, "Ada Lovelace", "ada@example.com"),
          new Contact(2, "Bob Jones", "bob@example.com"),
          new Contact(3, "Cy Young", "cy@example.com"));

  /** The contacts, two to a page by default, each page after the first found by its cursor. */
  @GetMapping
  @Paginated(maxLimit = 50)
  public Page<Contact> list(
      @RequestParam(defaultValue = "") Cursor cursor,
      @RequestParam(defaultValue = "2") int limit) {
    int from = (int) Math.min(cursor.offset(), CONTACTS.size());
    return new Page<>(
        CONTACTS.subList(from, Math.min(from + limit, CONTACTS.size())), CONTACTS.size());
  }

  /** One contact; {@link ContactNotFound} when there is none. */
  @GetMapping("/{id}")
  public Contact get(@PathVariable long id) {
    return CONTACTS.stream()
        .filter(contact -> contact.id() == id)
        .findFirst()
        .orElseThrow(() -> new ContactNotFound(id));
  }

  /** The contact with this email, if there is one: none answers 204. */
  @GetMapping("/lookup")
  public Optional<Contact> lookup(@RequestParam(defaultValue = "") String email) {
    return CONTACTS.stream().filter(contact -> contact.email().equals(email)).findFirst();
  }

  /** The contacts whose name contains {@code name}: none answers 204. */
  @GetMapping("/search")
  public List<Contact> search(@RequestParam(defaultValue = "") String name) {
    return CONTACTS.stream().filter(contact -> contact.fullName().contains(name)).toList();
  }

  /** The contacts' initials, an array: an empty one answers 204. */
  @GetMapping("/initials")
  public char[] initials(@RequestParam(defaultValue = "") String of) {
    return of.isEmpty() ? new char[0] : new char[] {of.charAt(0)};
  }

  /** Adds a contact and answers its id, without a {@code Location}. */
  @PostMapping
  public long create(@Valid @RequestBody NewContact contact) {
    return CONTACTS.size() + 1;
  }

  /** Changes a contact: an empty 200. */
  @PutMapping("/{id}")
  public void update(@PathVariable long id, @Valid @RequestBody NewContact contact) {
    get(id);
  }

  /** Avatars live in a store the API does not run: it always fails, and leaks nothing. */
  @GetMapping("/{id}/avatar")
  public String avatar(@PathVariable long id) {
    get(id);
    throw new IllegalStateException("avatar store s3://avatars-internal/" + id + " is unreachable");
  }
}
