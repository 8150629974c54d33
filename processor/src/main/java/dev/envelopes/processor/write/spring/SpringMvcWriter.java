package dev.envelopes.processor.write.spring;

import com.palantir.javapoet.ClassName;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.plan.ApiPlan;
import dev.envelopes.processor.plan.ResourcePlan;
import dev.envelopes.processor.write.ApiWideFiles;
import dev.envelopes.processor.write.Binding;
import dev.envelopes.processor.write.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The Spring MVC binding: writes the glue of a valid API's {@link ApiPlan} for Spring Boot 4 or
 * 3.5, as {@code docs/design/spring-binding.md} describes it. It renders the plan and decides
 * nothing.
 *
 * <p>Each style's wire is a {@link SpringStyle}.
 */
public final class SpringMvcWriter implements Binding {

  private final SourceFiles files;
  private final Filer filer;
  private final SpringBoot boot;

  public SpringMvcWriter(Filer filer, Elements elements, SpringBoot boot) {
    this.files = new SourceFiles(filer, elements);
    this.filer = filer;
    this.boot = boot;
  }

  @Override
  public List<ClassName> apiWideTypes(GeneratedNames names) {
    return new SpringNames(names, names.apiPackage()).apiWide();
  }

  @Override
  public void write(ApiPlan plan) {
    GeneratedNames shared = plan.names();
    SpringNames names = new SpringNames(shared, plan.apiPackage());
    JsonLibrary json = plan.api().libraries().json();
    StyleSwitch styles = StyleSwitch.of(plan, names);
    ControllerEnvelopesWriter controllers = new ControllerEnvelopesWriter(names, styles);
    for (ResourcePlan controller : plan.resources()) {
      ResourceModel resource = controller.resource();
      files.write(
          resource.type().packageName(),
          controllers.render(controller),
          List.of(resource.origin().element()));
      // The records of the answers come from EnvelopeRecordsProcessor.
    }
    ApiWideFiles apiWide = new ApiWideFiles(files, plan, this);
    ExceptionHandlerWriter exceptionHandler =
        new ExceptionHandlerWriter(names, plan.exceptions(), styles);
    apiWide.writeAll(
        List.of(
            EndpointTypesWriter.endpoint(names),
            EndpointTypesWriter.returnType(names),
            EndpointTypesWriter.refusal(names),
            MvcHooksWriter.endpoints(names, plan, styles),
            MvcHooksWriter.returnValues(names),
            MvcHooksWriter.pagingChecks(names),
            MvcHooksWriter.headers(names),
            exceptionHandler.render(),
            FailureAnswersWriter.internalErrors(names, styles),
            FailureAnswersWriter.errorController(names, boot, styles),
            FailureAnswersWriter.brokenExceptions(names),
            JsonFailuresWriter.bodyFailure(names),
            JsonFailuresWriter.jsonFailures(names, json),
            ConfigurationWriter.render(names, styles, json),
            BodyNamesWriter.render(shared.bodyNames(), json),
            MetaPagingWriter.publicLinks(shared)));
    for (SpringStyle style : styles.styles()) {
      apiWide.writeRecords(style.convention());
      apiWide.writeAll(style.supportFiles());
    }
    writeImports(names, apiWide.origins());
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
