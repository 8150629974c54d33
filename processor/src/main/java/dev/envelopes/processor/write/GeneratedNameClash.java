package dev.envelopes.processor.write;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * The {@code Filer} refused to create a generated type because a type of its name was already
 * there: one the validator did not know of, such as another annotation processor's. The processor
 * reports it as the name taken, on the element the type was generated for, rather than as a failure
 * of its own.
 */
public final class GeneratedNameClash extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final transient List<? extends Element> origins;

  GeneratedNameClash(String name, List<? extends Element> origins, Throwable cause) {
    super("Could not write " + name + ": a type of that name already exists", cause);
    this.name = name;
    this.origins = List.copyOf(origins);
  }

  /** The qualified name of the type that could not be written. */
  public String name() {
    return name;
  }

  /** The user's elements the type was generated from: one resource, or the whole API's. */
  public List<? extends Element> origins() {
    return origins;
  }
}
