package dev.envelopes.processor.write;

import com.palantir.javapoet.ClassName;
import dev.envelopes.AsyncFailures;
import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.ErrorBounds;
import dev.envelopes.FieldMessages;
import dev.envelopes.HttpStatusPhrases;
import dev.envelopes.IncludeParameter;
import dev.envelopes.LinkBase;
import dev.envelopes.LinkQuery;
import dev.envelopes.LiteralPaths;
import dev.envelopes.Page;
import dev.envelopes.PageArithmetic;
import dev.envelopes.PageLinks;
import dev.envelopes.PageQuery;
import dev.envelopes.PageTotals;
import dev.envelopes.ParameterNames;
import dev.envelopes.PrintableFailures;
import dev.envelopes.QualityValues;
import dev.envelopes.Related;
import dev.envelopes.RequestIds;
import dev.envelopes.Style;
import dev.envelopes.VendorQueryCheck;
import dev.envelopes.VendorVersions;

/**
 * The annotations jar's classes that generated code calls, in every binding, each named once. They
 * are named by class literal, so that a renamed class fails here, at compile time; what is the same
 * in every API is written there once, by hand, and tested there.
 */
public final class RuntimeTypes {

  public static final ClassName PAGE = ClassName.get(Page.class);
  public static final ClassName CURSOR = ClassName.get(Cursor.class);
  public static final ClassName LINK_BASE = ClassName.get(LinkBase.class);
  public static final ClassName LINK_QUERY = ClassName.get(LinkQuery.class);
  public static final ClassName CURSOR_KEY = ClassName.get(CursorKey.class);
  public static final ClassName STYLE = ClassName.get(Style.class);
  public static final ClassName STATUS_PHRASES = ClassName.get(HttpStatusPhrases.class);
  public static final ClassName ERROR_BOUNDS = ClassName.get(ErrorBounds.class);
  public static final ClassName ASYNC_FAILURES = ClassName.get(AsyncFailures.class);
  public static final ClassName PRINTABLE_FAILURES = ClassName.get(PrintableFailures.class);
  public static final ClassName PARAMETER_NAMES = ClassName.get(ParameterNames.class);
  public static final ClassName FIELD_MESSAGES = ClassName.get(FieldMessages.class);

  /** Reads a page's numbers and cursor from the query. */
  public static final ClassName PAGE_QUERY = ClassName.get(PageQuery.class);

  public static final ClassName QUALITY_VALUES = ClassName.get(QualityValues.class);

  /** Where the pages around a page start. */
  public static final ClassName PAGE_ARITHMETIC = ClassName.get(PageArithmetic.class);

  /** The meta style's {@code pagination}: the links to the pages around a page. */
  public static final ClassName PAGE_LINKS = ClassName.get(PageLinks.class);

  public static final ClassName LITERAL_PATHS = ClassName.get(LiteralPaths.class);

  /** The status style's {@code pagination}: the totals of the result and the page answered. */
  public static final ClassName PAGE_TOTALS = ClassName.get(PageTotals.class);

  /** The vendor style's request ids. */
  public static final ClassName REQUEST_IDS = ClassName.get(RequestIds.class);

  /** How a request names the vendor API's version. */
  public static final ClassName VENDOR_VERSIONS = ClassName.get(VendorVersions.class);

  /** The related records a vendor request asks for. */
  public static final ClassName INCLUDE_PARAMETER = ClassName.get(IncludeParameter.class);

  /** The check of a vendor request's query. */
  public static final ClassName VENDOR_QUERY_CHECK = ClassName.get(VendorQueryCheck.class);

  /** The related records a vendor answer includes, by kind. */
  public static final ClassName RELATED = ClassName.get(Related.class);

  private RuntimeTypes() {}
}
