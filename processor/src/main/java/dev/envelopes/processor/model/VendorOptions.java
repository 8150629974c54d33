package dev.envelopes.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * What a method declares for the vendor style: its views and the related records it can side-load.
 *
 * @param views the names of its {@code @Views}, not counting {@code default}
 * @param viewsOrigin the {@code @Views} annotation, if the method has one
 * @param includes its {@code @Include}s, in declaration order
 * @param related whether it returns {@code Related}, whose data is what {@code returns} describes
 */
public record VendorOptions(
    List<String> views,
    Optional<Origin> viewsOrigin,
    List<IncludeModel> includes,
    boolean related) {

  /** None of the vendor style's declarations. */
  public static final VendorOptions NONE =
      new VendorOptions(List.of(), Optional.empty(), List.of(), false);

  /**
   * One {@code @Include}.
   *
   * @param name the name clients ask for and the key of the records
   * @param type the type of one record
   * @param origin the annotation
   */
  public record IncludeModel(String name, TypeName type, Origin origin) {}
}
