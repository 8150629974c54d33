package dev.envelopes.sample.notes;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Page;
import dev.envelopes.Paginated;
import dev.envelopes.Style;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notes, in the status envelope, which this class chooses for itself; as {@code NoteResource}. */
@RestController
@RequestMapping("/notes")
@Enveloped
@EnvelopeStyle(Style.STATUS)
public class NoteController {

  private final Notebook notebook;

  public NoteController(Notebook notebook) {
    this.notebook = notebook;
  }

  @GetMapping
  @Paginated(maxLimit = 20)
  public Page<Note> list(
      @RequestParam(defaultValue = "1") long page,
      @RequestParam(name = "per_page", defaultValue = "2") int perPage) {
    return notebook.page(page, perPage);
  }

  @GetMapping("/{id}")
  public Note get(@PathVariable long id) {
    return notebook.get(id);
  }

  /** The notes whose title contains {@code text}: a list, not paged, so without pagination. */
  @GetMapping("/search")
  public List<Note> search(@RequestParam(defaultValue = "") String text) {
    return notebook.search(text);
  }

  @PostMapping
  public long create(@RequestBody @Valid NewNote note) {
    return notebook.add(note.title(), note.body());
  }

  @PutMapping("/{id}")
  public void update(@PathVariable long id, @RequestBody @Valid NewNote note) {
    notebook.update(id, note.title(), note.body());
  }

  @DeleteMapping("/{id}")
  public void delete(@PathVariable long id) {
    notebook.delete(id);
  }

  /** Attachments live in a store the sample does not run: it always fails, and leaks nothing. */
  @GetMapping("/{id}/attachments")
  public List<String> attachments(@PathVariable long id) {
    notebook.get(id);
    throw new IllegalStateException("attachment store at https://files.internal/?key=s3cr3t-notes");
  }
}
