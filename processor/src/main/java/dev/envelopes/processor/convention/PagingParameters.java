package dev.envelopes.processor.convention;

import java.util.List;

/**
 * The two query parameters by which a convention's paged methods are asked for a page.
 *
 * @param scheme what {@code position} means: an offset, a page number or a cursor
 * @param position the parameter that says where the page starts
 * @param size the parameter that says how many records the page holds at most
 */
public record PagingParameters(PagingScheme scheme, String position, String size) {

  /** Both names: where the page starts, then its size. */
  public List<String> names() {
    return List.of(position, size);
  }
}
