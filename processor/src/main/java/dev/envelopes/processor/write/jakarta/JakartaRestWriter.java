package dev.envelopes.processor.write.jakarta;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import dev.envelopes.processor.write.ApiWideFiles;
import dev.envelopes.processor.write.Binding;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.json.EnvelopeRecordsWriter;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The Jakarta REST binding: writes the sources of a valid API's {@link ApiPlan}, the last step of
 * the flow. It renders the plan and decides nothing.
 */
public final class JakartaRestWriter implements Binding {

  private final SourceFiles files;

  public JakartaRestWriter(SourceFiles files) {
    this.files = files;
  }

  @Override
  public List<ClassName> apiWideTypes(GeneratedNames names) {
    return List.of(
        names.feature(),
        names.exceptionMapper(),
        names.headers(),
        names.status(),
        names.responses(),
        names.errorEnvelope(),
        names.badRequestEnvelope(),
        names.fieldError(),
        names.paging(),
        names.bareError(),
        names.bareResponses(),
        names.barePaging(),
        names.statusResponses(),
        names.statusPaging(),
        names.statusError(),
        names.statusFailure(),
        names.statusAttributeErrors(),
        names.vendorError(),
        names.vendorErrorDetail(),
        names.vendorResponses(),
        names.vendorRequests(),
        names.vendorRequestIds(),
        names.vendorQueries(),
        names.vendorPaging(),
        names.publicLinks(),
        names.requestUris(),
        names.emptyPagingParameters(),
        names.bodyNames());
  }

  @Override
  public void write(ApiPlan plan) {
    ApiModel api = plan.api();
    GeneratedNames names = plan.names();
    ResourceEnvelopesWriter resourceWriter = new ResourceEnvelopesWriter(plan);

    for (ResourcePlan resourcePlan : plan.resources()) {
      ResourceModel resource = resourcePlan.resource();
      List<Element> origin = List.of(resource.origin().element());
      String resourcePackage = resource.type().packageName();
      files.write(resourcePackage, resourceWriter.feature(resourcePlan), origin);
      if (resource.subResource()) {
        // Its style comes from the locator's class, which an isolating processor may not read.
        EnvelopeRecordsWriter.records(resource, api.libraries().json())
            .forEach(record -> files.write(resourcePackage, record, origin));
      }
      // The records of other resources' answers come from EnvelopeRecordsProcessor.
    }

    ApiWideFiles apiWide = new ApiWideFiles(files, plan, this);
    apiWide.write(FeatureWriter.render(plan));
    apiWide.write(new ExceptionMapperWriter(plan).render());
    apiWide.write(HeadersWriter.render(names));
    if (plan.answersWithLinks()) {
      apiWide.write(PublicLinksWriter.render(names));
    }
    if (plan.readsRequestUris()) {
      apiWide.write(RequestUrisWriter.render(names));
    }
    if (!plan.pagingParameters().isEmpty()) {
      apiWide.write(EmptyPagingParametersWriter.render(names, plan.pagingParameters()));
    }
    if (plan.exceptions().namesBodyFields()) {
      apiWide.write(BodyNamesWriter.render(names));
    }
    SupportFilesWriter support = new SupportFilesWriter(plan);
    for (Convention convention : plan.conventions()) {
      apiWide.writeRecords(convention);
      apiWide.writeAll(convention.accept(support));
    }
  }
}
