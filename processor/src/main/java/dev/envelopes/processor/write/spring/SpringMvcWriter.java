package dev.envelopes.processor.write.spring;

import dev.envelopes.processor.convention.BareConvention;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.MetaConvention;
import dev.envelopes.processor.convention.StatusConvention;
import dev.envelopes.processor.convention.VendorConvention;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import dev.envelopes.processor.write.Binding;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.json.SharedRecordsWriter;
import dev.envelopes.processor.write.json.StatusTableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The Spring MVC binding: writes the glue of a valid API's {@link ApiPlan} for Spring Boot 4 or
 * 3.5, as {@code docs/design/spring-binding.md} describes it. It renders the plan and decides
 * nothing.
 *
 * <p>It renders the meta envelope only, so far; {@link #styleNotYetRendered} names a controller's
 * other style, which the processor reports rather than render half of it. The bare, status and
 * vendor styles on Spring are the next slices of issue 18.
 */
public final class SpringMvcWriter implements Binding {

  private final SourceFiles files;
  private final Filer filer;
  private final SpringBoot boot;

  public SpringMvcWriter(Filer filer, SpringBoot boot) {
    this.files = new SourceFiles(filer);
    this.filer = filer;
    this.boot = boot;
  }

  /**
   * A style some method of {@code controller} answers in that this binding does not render yet, if
   * there is one.
   */
  public static Optional<Convention> styleNotYetRendered(ResourcePlan controller) {
    return controller.conventions().stream()
        .filter(convention -> !isRendered(convention))
        .findFirst();
  }

  private static boolean isRendered(Convention convention) {
    return convention.accept(
        new Convention.Visitor<Boolean>() {
          @Override
          public Boolean meta(MetaConvention meta) {
            return true;
          }

          // Temporary: these styles' Spring glue is not written yet (issue 18's next slices).
          @Override
          public Boolean bare(BareConvention bare) {
            return false;
          }

          @Override
          public Boolean status(StatusConvention status) {
            return false;
          }

          @Override
          public Boolean vendor(VendorConvention vendor) {
            return false;
          }
        });
  }

  @Override
  public void write(ApiPlan plan) {
    ApiModel api = plan.api();
    String apiPackage = plan.apiPackage();
    GeneratedNames shared = plan.names();
    SpringNames names = new SpringNames(shared, apiPackage);
    JsonLibrary json = api.libraries().json();
    ControllerEnvelopesWriter controllers = new ControllerEnvelopesWriter(names, plan.statuses());
    for (ResourcePlan controller : plan.resources()) {
      ResourceModel resource = controller.resource();
      files.write(
          resource.type().packageName(),
          controllers.render(controller),
          List.of(resource.origin().element()));
      // The records of the answers come from EnvelopeRecordsProcessor.
    }
    List<Element> everything = SourceFiles.originsOf(api);
    ExceptionHandlerWriter exceptionHandler = new ExceptionHandlerWriter(names, plan);
    for (var file :
        List.of(
            EndpointTypesWriter.endpoint(names),
            EndpointTypesWriter.returnType(names),
            EndpointTypesWriter.refusal(names),
            MvcHooksWriter.endpoints(names, plan.resources()),
            MvcHooksWriter.returnValues(names),
            MvcHooksWriter.pagingChecks(names),
            MvcHooksWriter.headers(names),
            exceptionHandler.render(),
            FailureAnswersWriter.internalErrors(names),
            FailureAnswersWriter.errorController(names, boot),
            JsonFailuresWriter.bodyFailure(names),
            JsonFailuresWriter.jsonFailures(names, json),
            ConfigurationWriter.render(names),
            MetaPagingWriter.publicLinks(shared),
            StatusTableWriter.render(plan.statuses(), api),
            MetaResponsesWriter.render(shared, plan.statuses()),
            MetaPagingWriter.paging(names, plan.statuses()),
            SharedRecordsWriter.errorEnvelope(shared, json),
            SharedRecordsWriter.badRequestEnvelope(shared, json),
            SharedRecordsWriter.fieldError(shared, json),
            SharedRecordsWriter.pagination(shared, json))) {
      files.write(apiPackage, file, everything);
    }
    writeImports(names, everything);
  }

  /** Lists the auto-configuration where Spring Boot finds it, once per compilation. */
  private void writeImports(SpringNames names, List<Element> origins) {
    try {
      FileObject imports =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT,
              "",
              ConfigurationWriter.IMPORTS,
              origins.toArray(new Element[0]));
      try (Writer writer = imports.openWriter()) {
        writer.write(names.configuration().canonicalName() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + ConfigurationWriter.IMPORTS, e);
    }
  }
}
