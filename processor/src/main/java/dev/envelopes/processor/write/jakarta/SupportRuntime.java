package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import dev.envelopes.IncludeParameter;
import dev.envelopes.PageArithmetic;
import dev.envelopes.PageQuery;
import dev.envelopes.RequestIds;
import dev.envelopes.VendorQueryCheck;
import dev.envelopes.VendorVersions;

/**
 * The classes of the annotations jar that the generated support classes delegate to: what is the
 * same in every API is written there once, by hand, and tested there. Named by class literal, so
 * that a renamed class fails here, at compile time.
 */
final class SupportRuntime {

  /** Reads a page's numbers and cursor from the query. */
  static final ClassName PAGE_QUERY = ClassName.get(PageQuery.class);

  /** Where the pages around a page start. */
  static final ClassName PAGE_ARITHMETIC = ClassName.get(PageArithmetic.class);

  /** The vendor style's request ids. */
  static final ClassName REQUEST_IDS = ClassName.get(RequestIds.class);

  /** How a request names the vendor API's version. */
  static final ClassName VENDOR_VERSIONS = ClassName.get(VendorVersions.class);

  /** The related records a vendor request asks for. */
  static final ClassName INCLUDE_PARAMETER = ClassName.get(IncludeParameter.class);

  /** The check of a vendor request's query. */
  static final ClassName VENDOR_QUERY_CHECK = ClassName.get(VendorQueryCheck.class);

  private SupportRuntime() {}
}
