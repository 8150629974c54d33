package dev.envelopes.sample.contacts;

import dev.envelopes.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The contacts, in memory. Ids are sequential so that answers are predictable: the n-th contact has
 * the id {@code 00000000-0000-0000-0000-00000000000n} (in hexadecimal).
 */
public final class ContactBook {

  /** The largest attachment, in bytes. */
  static final int MAX_ATTACHMENT_SIZE = 1024;

  private static final List<String> ATTACHMENT_TYPES = List.of(".pdf", ".doc", ".docx");

  private final Map<UUID, Contact> contacts = new TreeMap<>();
  private final Map<UUID, Map<String, Attachment>> attachments = new TreeMap<>();
  private long lastId;

  /** A book holding the seed contacts. */
  public static ContactBook seeded() {
    ContactBook book = new ContactBook();
    book.add("Alice Johnson", "alice@example.com");
    book.add("Bob Williams", "bob@example.com");
    book.add("Carol Davis", "carol@example.com");
    book.add("Dan Brown", "dan@example.com");
    book.add("Eve Miller", "eve@example.com");
    book.deactivate(new UUID(0, 5));
    return book;
  }

  public synchronized UUID add(String fullName, String email) {
    if (byEmail(email).isPresent()) {
      throw new DuplicateEmail(email);
    }
    UUID id = new UUID(0, ++lastId);
    contacts.put(id, new Contact(id, fullName, email, true));
    return id;
  }

  public synchronized Contact get(UUID id) {
    Contact contact = contacts.get(id);
    if (contact == null) {
      throw new ContactNotFound(id);
    }
    return contact;
  }

  public synchronized Optional<Contact> byEmail(String email) {
    return contacts.values().stream()
        .filter(contact -> contact.email().equalsIgnoreCase(email))
        .findFirst();
  }

  /** The contacts whose name contains {@code text}, ignoring case. */
  public synchronized List<Contact> search(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return contacts.values().stream()
        .filter(contact -> contact.fullName().toLowerCase(Locale.ROOT).contains(wanted))
        .toList();
  }

  public synchronized Page<Contact> page(long offset, int limit) {
    List<Contact> all = new ArrayList<>(contacts.values());
    int from = (int) Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Page<>(all.subList(from, to), all.size());
  }

  public synchronized void update(UUID id, String fullName, String email) {
    Contact contact = get(id);
    if (!contact.active()) {
      throw new ContactInactive();
    }
    contacts.put(id, new Contact(id, fullName, email, true));
  }

  /** Attaches a file of {@code size} bytes to a contact, replacing one of the same name. */
  public synchronized void attach(UUID id, String name, int size) {
    get(id);
    String lowerCase = name.toLowerCase(Locale.ROOT);
    if (ATTACHMENT_TYPES.stream().noneMatch(lowerCase::endsWith)) {
      throw new InvalidFileType(name);
    }
    if (size > MAX_ATTACHMENT_SIZE) {
      throw new FileTooLarge(size);
    }
    attachments
        .computeIfAbsent(id, contact -> new TreeMap<>())
        .put(name, new Attachment(name, size));
  }

  public synchronized Attachment attachment(UUID id, String name) {
    get(id);
    Attachment attachment = attachments.getOrDefault(id, Map.of()).get(name);
    if (attachment == null) {
      throw new AttachmentNotFound(name);
    }
    return attachment;
  }

  public synchronized void deactivate(UUID id) {
    Contact contact = get(id);
    contacts.put(id, new Contact(id, contact.fullName(), contact.email(), false));
  }

  public synchronized void delete(UUID id) {
    get(id);
    contacts.remove(id);
  }
}
