package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.TypeSpec;
import dev.envelopes.Style;
import dev.envelopes.processor.convention.Conventions;
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
    SupportFilesWriter support = new SupportFilesWriter(api, names, statuses);
    for (Style style : api.styles()) {
      for (TypeSpec file : Conventions.of(style).accept(support)) {
        files.write(apiPackage, file, everything);
      }
    }
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
