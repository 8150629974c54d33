package dev.envelopes;

/**
 * Where a page starts in a {@link Paginated} method of the {@link Style#BARE} style, which pages by
 * an opaque cursor. The method receives it as a query parameter; Jakarta REST builds it with {@link
 * #valueOf(String)}:
 *
 * <pre>{@code
 * @GET @Paginated(maxLimit = 100)
 * public Page<Contact> list(@QueryParam("cursor") @DefaultValue("") Cursor cursor,
 *                           @QueryParam("limit") @DefaultValue("20") int limit) {
 *   return store.contacts(cursor.offset(), limit);
 * }
 * }</pre>
 *
 * <p>On the wire a cursor is signed, as {@link CursorKey} describes: clients pass back what they
 * were given and can neither build nor change one. The generated code answers a cursor that does
 * not verify with a {@code 400} before the method runs. A cursor grants nothing: it says only where
 * the next page starts, and the method applies its own rules to every request.
 *
 * @param offset how many records come before the page, from 0
 */
public record Cursor(long offset) {

  /** The cursor of the first page; an absent or empty {@code cursor} parameter means it. */
  public static final Cursor FIRST = new Cursor(0);

  /** Checks the offset. */
  public Cursor {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
  }

  /**
   * Reads where a cursor as a client sends it starts, without checking its signature (which {@link
   * CursorKey#open} does): empty for the first page, else what {@link CursorKey#seal} wrote.
   *
   * @throws IllegalArgumentException if {@code text} is not a cursor; the message does not repeat
   *     it
   */
  public static Cursor valueOf(String text) {
    return text.isEmpty() ? FIRST : new Cursor(CursorContent.read(text).offset());
  }
}
