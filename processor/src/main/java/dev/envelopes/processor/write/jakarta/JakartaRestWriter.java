package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.envelopes.Style;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.StatusTable;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.json.EnvelopeRecordsWriter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Writes the sources of a valid API for Jakarta REST: the last step of the flow. It renders the
 * model and decides nothing; every choice was made by reading and checked by validation.
 */
public final class JakartaRestWriter {

  private final SourceFiles files;

  public JakartaRestWriter(SourceFiles files) {
    this.files = files;
  }

  public void write(ApiModel api) {
    String apiPackage = api.apiPackage().orElseThrow();
    GeneratedNames names = new GeneratedNames(apiPackage);
    StatusTable statuses = new StatusTable(api, names.status());
    ResourceEnvelopesWriter resourceWriter = new ResourceEnvelopesWriter(names, statuses);

    for (ResourceModel resource : api.resourcesWithEndpoints()) {
      List<Element> origin = List.of(resource.origin().element());
      String resourcePackage = resource.type().packageName();
      files.write(resourcePackage, resourceWriter.feature(resource), origin);
      if (resource.subResource()) {
        // Its style comes from the locator's class, which an isolating processor may not read.
        EnvelopeRecordsWriter.records(resource)
            .forEach(record -> files.write(resourcePackage, record, origin));
      }
      // The records of other resources' answers come from EnvelopeRecordsProcessor.
    }

    List<Element> everything = originsOf(api);
    files.write(apiPackage, FeatureWriter.render(api, names), everything);
    files.write(apiPackage, new ExceptionMapperWriter(api, names, statuses).render(), everything);
    files.write(apiPackage, HeadersWriter.render(names), everything);
    if (PublicLinksWriter.needed(api)) {
      files.write(apiPackage, PublicLinksWriter.render(names), everything);
    }
    if (api.libraries().namesBodyFieldsAsJson()) {
      files.write(apiPackage, BodyNamesWriter.render(names), everything);
    }
    if (api.styles().contains(Style.META)) {
      files.write(apiPackage, StatusTableWriter.render(statuses, statusSource(api)), everything);
      files.write(apiPackage, ResponsesWriter.render(names, statuses), everything);
      files.write(apiPackage, PagingWriter.render(names, statuses), everything);
      files.write(apiPackage, SharedRecordsWriter.errorEnvelope(names), everything);
      files.write(apiPackage, SharedRecordsWriter.badRequestEnvelope(names), everything);
      files.write(apiPackage, SharedRecordsWriter.fieldError(names), everything);
      files.write(apiPackage, SharedRecordsWriter.pagination(names), everything);
    }
    if (api.styles().contains(Style.BARE)) {
      files.write(apiPackage, BareSupportWriter.error(names), everything);
      files.write(apiPackage, BareSupportWriter.responses(names), everything);
      files.write(apiPackage, BareSupportWriter.paging(names), everything);
    }
    if (api.styles().contains(Style.STATUS)) {
      files.write(apiPackage, StatusSupportWriter.attributeErrors(names), everything);
      files.write(apiPackage, StatusSupportWriter.pagination(names), everything);
      files.write(apiPackage, StatusSupportWriter.error(names), everything);
      files.write(apiPackage, StatusSupportWriter.failure(names), everything);
      files.write(apiPackage, StatusSupportWriter.responses(names), everything);
      files.write(apiPackage, StatusSupportWriter.paging(names), everything);
    }
    if (api.styles().contains(Style.VENDOR)) {
      VendorSupportWriter vendor =
          new VendorSupportWriter(names, api.declaration().orElseThrow().vendor().orElseThrow());
      files.write(apiPackage, vendor.errorDetail(), everything);
      files.write(apiPackage, vendor.error(), everything);
      files.write(apiPackage, vendor.responses(), everything);
      files.write(apiPackage, vendor.requests(), everything);
      files.write(apiPackage, vendor.requestIds(), everything);
      files.write(apiPackage, vendor.queries(), everything);
      files.write(apiPackage, vendor.paging(), everything);
    }
  }

  /** Where the status table's rows come from, for its javadoc. */
  private static CodeBlock statusSource(ApiModel api) {
    if (api.declaration().isEmpty()) {
      return CodeBlock.of(
          "<p>The API declares no {@code @ResponseCode}s, so each status answers with its own"
              + " number as the\ncode and its reason phrase as the message.");
    }
    return CodeBlock.of(
        "<p>The codes come from the {@code @ResponseCode}s of {@link $T}; a status without one"
            + " answers with\nits own number as the code and its reason phrase as the message.",
        ClassName.get((TypeElement) api.declaration().get().origin().element()));
  }

  /** Every user element the API-wide sources depend on. */
  private static List<Element> originsOf(ApiModel api) {
    List<Element> origins = new ArrayList<>();
    api.declaration().ifPresent(declaration -> origins.add(declaration.origin().element()));
    for (ResourceModel resource : api.resources()) {
      origins.add(resource.origin().element());
    }
    for (ErrorDeclaration error : api.errors()) {
      if (!origins.contains(error.origin().element())) {
        origins.add(error.origin().element());
      }
    }
    return origins;
  }
}
