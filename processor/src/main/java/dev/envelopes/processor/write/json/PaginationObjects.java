package dev.envelopes.processor.write.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.write.RuntimeTypes;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pagination} objects a paged envelope holds, which are the annotations jar's records,
 * the same in every API: {@code PageLinks} in the meta style, {@code PageTotals} in the status
 * style. They carry no Jackson annotation; the serializers of a resource's records write them key
 * by key with a method of the class they share ({@link ResourceJsonWriter}), never through
 * databind, so that a mapper's naming strategy, inclusion or order cannot change their keys.
 */
final class PaginationObjects {

  /**
   * One key of an object.
   *
   * @param key the JSON key
   * @param accessor the record's accessor of its value
   * @param type the value's type: a {@link URI}, or a scalar as {@link JsonValueWriter} writes it
   */
  record Key(String key, String accessor, TypeName type) {}

  /**
   * One object.
   *
   * @param type the annotations jar's record
   * @param keys its keys, in the order they are written
   */
  record PaginationObject(ClassName type, List<Key> keys) {}

  /** The type of a link. */
  static final TypeName URI_TYPE = ClassName.get(URI.class);

  /** The meta style's {@code {next, prev}}. */
  static final PaginationObject LINKS =
      new PaginationObject(
          RuntimeTypes.PAGE_LINKS,
          List.of(
              new Key(MetaConvention.PAGINATION.next(), "next", URI_TYPE),
              new Key(MetaConvention.PAGINATION.prev(), "prev", URI_TYPE)));

  /** The status style's {@code {total_count, current_page, total_pages}}. */
  static final PaginationObject TOTALS =
      new PaginationObject(
          RuntimeTypes.PAGE_TOTALS,
          List.of(
              new Key(StatusConvention.PAGINATION.totalCount(), "totalCount", TypeName.LONG),
              new Key(StatusConvention.PAGINATION.currentPage(), "currentPage", TypeName.LONG),
              new Key(StatusConvention.PAGINATION.totalPages(), "totalPages", TypeName.LONG)));

  private PaginationObjects() {}

  /** The object of {@code type}, when it is one. */
  static Optional<PaginationObject> of(TypeName type) {
    return List.of(LINKS, TOTALS).stream().filter(object -> object.type().equals(type)).findFirst();
  }
}
