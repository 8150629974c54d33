package dev.envelopes.sample.notes;

import dev.envelopes.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The notes, in memory, with ids from 1. */
public final class Notebook {

  private final Map<Long, Note> notes = new TreeMap<>();
  private long lastId;

  /** A notebook holding the seed notes; the third is locked. */
  public static Notebook seeded() {
    Notebook notebook = new Notebook();
    notebook.add("Groceries", "Milk, eggs, flour");
    notebook.add("Ideas", "A processor that writes envelopes");
    notebook.add("Minutes", "Agreed on the status envelope");
    notebook.add("Reading", "The JSend specification");
    notebook.add("Travel", "Book the train");
    notebook.lock(3);
    return notebook;
  }

  public synchronized long add(String title, String body) {
    long id = ++lastId;
    notes.put(id, new Note(id, title, body, false));
    return id;
  }

  public synchronized Note get(long id) {
    Note note = notes.get(id);
    if (note == null) {
      throw new NoteNotFound(id);
    }
    return note;
  }

  /** The notes whose title contains {@code text}, ignoring case. */
  public synchronized List<Note> search(String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return notes.values().stream()
        .filter(note -> note.title().toLowerCase(Locale.ROOT).contains(wanted))
        .toList();
  }

  /** Page {@code page} (from 1) of {@code perPage} notes. */
  public synchronized Page<Note> page(long page, int perPage) {
    List<Note> all = new ArrayList<>(notes.values());
    // A page past the last starts at the end; compared by division, which cannot overflow.
    long from =
        page - 1 > all.size() / perPage ? all.size() : Math.min((page - 1) * perPage, all.size());
    long to = Math.min(from + perPage, all.size());
    return new Page<>(all.subList((int) from, (int) to), all.size());
  }

  public synchronized void update(long id, String title, String body) {
    if (get(id).locked()) {
      throw new NoteLocked();
    }
    notes.put(id, new Note(id, title, body, false));
  }

  public synchronized void lock(long id) {
    Note note = get(id);
    notes.put(id, new Note(id, note.title(), note.body(), true));
  }

  public synchronized void delete(long id) {
    get(id);
    notes.remove(id);
  }
}
