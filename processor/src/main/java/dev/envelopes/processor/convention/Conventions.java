package dev.envelopes.processor.convention;

import dev.envelopes.Style;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The one place that maps a {@link Style} to its {@link Convention}. */
public final class Conventions {

  private static final MetaConvention META = new MetaConvention();
  private static final BareConvention BARE = new BareConvention();
  private static final StatusConvention STATUS = new StatusConvention();
  private static final VendorConvention VENDOR = new VendorConvention();

  private Conventions() {}

  /** The convention of {@code style}. */
  public static Convention of(Style style) {
    return switch (style) {
      case META -> META;
      case BARE -> BARE;
      case STATUS -> STATUS;
      case VENDOR -> VENDOR;
    };
  }

  /**
   * The answer of the function for {@code convention}, given it as its own type: beside {@link
   * #of}, so that a new style is a compile error here until it is answered too.
   */
  static <R> R choose(
      Convention convention,
      Function<MetaConvention, R> meta,
      Function<BareConvention, R> bare,
      Function<StatusConvention, R> status,
      Function<VendorConvention, R> vendor) {
    return switch (convention.style()) {
      case META -> meta.apply(META);
      case BARE -> bare.apply(BARE);
      case STATUS -> status.apply(STATUS);
      case VENDOR -> vendor.apply(VENDOR);
    };
  }

  /** The style of {@code convention}: the inverse of {@link #of}. */
  static Style styleOf(Convention convention) {
    return Arrays.stream(Style.values())
        .filter(style -> of(style) == convention)
        .findFirst()
        .orElseThrow();
  }

  /** Every convention, in the order of {@link Style}'s constants. */
  public static List<Convention> all() {
    return List.of(META, BARE, STATUS, VENDOR);
  }

  /**
   * The convention of a method that no {@code @EnvelopeStyle} reaches, and of the errors of an API
   * without {@code @EnvelopeApi}: the meta envelope.
   */
  public static Convention byDefault() {
    return META;
  }

  /** The convention that answers views and related records: where a diagnostic sends users. */
  public static Convention answeringViewsAndRelated() {
    return all().stream().filter(Convention::answersViewsAndRelated).findFirst().orElseThrow();
  }
}
