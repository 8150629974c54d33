package dev.envelopes.processor.validate;

import com.palantir.javapoet.ArrayTypeName;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.Conventions;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.diagnostic.Diagnostic;
import dev.envelopes.processor.diagnostic.Reporter;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.VendorDeclaration;
import dev.envelopes.processor.model.VendorOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the vendor style needs: the API's {@code @VendorConvention}, and each vendor method's
 * views and related records. Those declarations mean nothing in a convention that does not answer
 * them, so they are errors there.
 */
final class VendorValidator {

  /** The shape of a vendor name in a media type. */
  private static final Pattern VENDOR = Pattern.compile("[a-z][a-z0-9]*");

  private final Reporter reporter;

  VendorValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Checks the API's vendor declaration, which its vendor methods need. */
  void validateApi(ApiModel api) {
    if (api.styles().stream().map(Conventions::of).noneMatch(Convention::needsVendorDeclaration)) {
      return;
    }
    Optional<VendorDeclaration> vendor = api.declaration().flatMap(d -> d.vendor());
    if (vendor.isEmpty()) {
      reportMissingConvention(api);
      return;
    }
    VendorDeclaration declaration = vendor.get();
    if (!VENDOR.matcher(declaration.vendor()).matches()) {
      reporter.error(
          Diagnostic.VENDOR_NAME_MALFORMED,
          declaration.origin().valueNamed("vendor"),
          declaration.vendor());
    } else if (declaration.version() < 1) {
      reporter.error(
          Diagnostic.VENDOR_VERSION_TOO_SMALL,
          declaration.origin().valueNamed("version"),
          declaration.version());
    } else if (!isWebUrl(declaration.errorDocumentation())) {
      reporter.error(
          Diagnostic.VENDOR_DOCUMENTATION_NOT_URL,
          declaration.origin().valueNamed("errorDocumentation"),
          declaration.errorDocumentation());
    }
  }

  /** Reports the missing convention once, on the first vendor method. */
  private void reportMissingConvention(ApiModel api) {
    for (ResourceModel resource : api.resources()) {
      for (EndpointModel endpoint : resource.endpoints()) {
        if (Conventions.of(endpoint.style()).needsVendorDeclaration()) {
          reporter.error(
              Diagnostic.VENDOR_CONVENTION_MISSING,
              endpoint.origin(),
              String.join(".", resource.type().simpleNames()) + "." + endpoint.name());
          return;
        }
      }
    }
  }

  private static boolean isWebUrl(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute()
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null;
    } catch (URISyntaxException notAUri) {
      return false;
    }
  }

  /** Checks one method's views and related records; false when it reported a problem. */
  boolean validateEndpoint(String method, EndpointModel endpoint) {
    VendorOptions options = endpoint.vendorOptions();
    // Views and includes are asked for in the query, so only a GET can offer them.
    Optional<Origin> queryOnly =
        options
            .viewsOrigin()
            .or(() -> options.includes().stream().findFirst().map(i -> i.origin()));
    if (!Conventions.of(endpoint.style()).answersViewsAndRelated()) {
      if (queryOnly.isPresent()) {
        reporter.error(Diagnostic.VENDOR_DECLARATION_OUTSIDE_VENDOR, queryOnly.get(), method);
        return false;
      }
      if (options.related()) {
        reporter.error(Diagnostic.RELATED_OUTSIDE_VENDOR, endpoint.origin(), method);
        return false;
      }
      return true;
    }
    boolean get = endpoint.httpMethod().filter("GET"::equals).isPresent();
    if (queryOnly.isPresent() && !get) {
      reporter.error(
          Diagnostic.VENDOR_QUERY_DECLARATION_NOT_ON_GET,
          queryOnly.get(),
          method,
          endpoint.httpMethod().orElse("no HTTP method"));
      return false;
    }
    if (options.viewsOrigin().isPresent() && !validateViews(method, endpoint, options)) {
      return false;
    }
    return validateIncludes(method, endpoint, options);
  }

  private boolean validateViews(String method, EndpointModel endpoint, VendorOptions options) {
    Origin views = options.viewsOrigin().get();
    Set<String> seen = new HashSet<>();
    for (String view : options.views()) {
      if (!VendorConvention.isName(view)
          || view.equals(VendorConvention.DEFAULT_VIEW)
          || !seen.add(view)) {
        reporter.error(Diagnostic.VIEW_NAME_INVALID, views, view, method);
        return false;
      }
    }
    Optional<ParameterModel> view = endpoint.queryParameter(VendorConvention.VIEW);
    if (view.isEmpty() || !view.get().type().toString().equals("java.lang.String")) {
      reporter.error(Diagnostic.VIEWS_PARAMETER_MISSING, views, method);
      return false;
    }
    Optional<String> byDefault = view.get().defaultValue();
    if (byDefault.isPresent()
        && !byDefault.get().equals(VendorConvention.DEFAULT_VIEW)
        && !options.views().contains(byDefault.get())) {
      reporter.error(
          Diagnostic.VIEW_DEFAULT_NOT_OFFERED, view.get().origin(), byDefault.get(), method);
      return false;
    }
    return true;
  }

  private boolean validateIncludes(String method, EndpointModel endpoint, VendorOptions options) {
    // The answer's own keys come first; a related record may take none of them, nor another's.
    Set<String> keys = new HashSet<>(VendorConvention.RESERVED_KEYS);
    for (VendorOptions.IncludeModel include : options.includes()) {
      if (include.type().isPrimitive() || include.type() instanceof ArrayTypeName) {
        reporter.error(
            Diagnostic.INCLUDE_TYPE_NOT_A_RECORD_TYPE,
            include.origin().valueNamed("type"),
            include.name(),
            method,
            include.type());
        return false;
      }
      if (!VendorConvention.isName(include.name()) || !keys.add(include.name())) {
        reporter.error(
            Diagnostic.INCLUDE_NAME_INVALID,
            include.origin().valueNamed("name"),
            include.name(),
            method);
        return false;
      }
    }
    if (!options.includes().isEmpty() && !options.related()) {
      reporter.error(
          Diagnostic.INCLUDE_WITHOUT_RELATED,
          options.includes().get(0).origin(),
          method,
          endpoint.returnType());
      return false;
    }
    if (options.includes().isEmpty() && options.related()) {
      reporter.error(Diagnostic.RELATED_WITHOUT_INCLUDE, endpoint.origin(), method);
      return false;
    }
    return true;
  }
}
