package dev.envelopes.processor;

import com.google.auto.service.AutoService;
import dev.envelopes.Enveloped;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.GeneratedNames;
import dev.envelopes.processor.model.JsonLibrary;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.read.ApiReader;
import dev.envelopes.processor.read.JsonLibraries;
import dev.envelopes.processor.write.SourceFiles;
import dev.envelopes.processor.write.json.EnvelopeRecordsWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Generates the record of each enveloped method's answer from its resource class alone, so that it
 * is an isolating processor to Gradle: each record has the resource class as its one originating
 * element, and reads nothing beyond it and the types it names. Everything that needs the whole API
 * (the filters, the exception mapper, the shared helpers) and every diagnostic comes from {@link
 * EnvelopesProcessor}; this one writes only what can be right and stays silent about the rest. It
 * claims nothing, and comes first in the jar's list of processors: {@link EnvelopesProcessor}
 * claims {@code @Enveloped}, which javac then offers to no processor after it.
 */
@AutoService(Processor.class)
public final class EnvelopeRecordsProcessor extends AbstractProcessor {

  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";

  /** The types there are already, asked once per package and round rather than once per record. */
  private ExistingTypes existingTypes;

  /**
   * The qualified names of the records written so far, in lower case: two types whose names differ
   * only in case are one file on macOS and Windows.
   */
  private final Set<String> written = new HashSet<>();

  /** Resource classes whose records are not written yet, by qualified name. */
  private final SortedSet<String> pending = new TreeSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Enveloped.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (Element element : round.getElementsAnnotatedWith(Enveloped.class)) {
        Element type =
            element.getKind() == ElementKind.METHOD ? element.getEnclosingElement() : element;
        if (type instanceof TypeElement resource) {
          pending.add(resource.getQualifiedName().toString());
        }
      }
      existingTypes = new ExistingTypes(processingEnv.getElementUtils());
      SourceFiles files =
          new SourceFiles(processingEnv.getFiler(), processingEnv.getElementUtils());
      // Made and asked once per round, not once per resource: each resolves types, and a type
      // that is not there is javac's slowest question.
      List<Dialect> dialects = EnvelopesProcessor.dialects(processingEnv);
      Map<Dialect, ApiReader> readers = new HashMap<>();
      Map<Dialect, JsonLibrary> jsonLibraries = new HashMap<>();
      boolean jacksonAnnotations =
          processingEnv.getElementUtils().getTypeElement(JSON_PROPERTY) != null;
      for (String name : new ArrayList<>(pending)) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        Dialect dialect =
            type == null ? null : EnvelopesProcessor.dialectOf(dialects, List.of(type));
        Optional<ResourceModel> resource =
            type == null
                ? Optional.empty()
                : readers.computeIfAbsent(dialect, this::readerOf).readResource(type);
        if (resource.isEmpty() && !round.processingOver()) {
          continue; // It mentions what another processor may still generate.
        }
        pending.remove(name);
        // Without Jackson's annotations nothing is written: EnvelopesProcessor reports why.
        if (resource.isPresent() && jacksonAnnotations) {
          // The Jackson of the type's framework, as EnvelopesProcessor decides it for the API.
          JsonLibrary json =
              jsonLibraries.computeIfAbsent(
                  dialect, of -> JsonLibraries.of(processingEnv.getElementUtils(), of));
          write(files, resource.get(), type, json);
        }
      }
    } catch (RuntimeException | LinkageError failure) {
      // EnvelopesProcessor reads the same classes and reports the failure on the element.
      pending.clear();
    }
    return false;
  }

  /** A reader of a type in {@code dialect}, that of its framework, from the class alone. */
  private ApiReader readerOf(Dialect dialect) {
    return new ApiReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), dialect);
  }

  /** Writes the records of {@code resource}'s answers with {@code json}, where it can. */
  private void write(
      SourceFiles files, ResourceModel resource, TypeElement type, JsonLibrary json) {
    boolean canWrite = resource.kind() == ResourceModel.TypeKind.CLASS && resource.hasPath();
    if (!canWrite) {
      return; // EnvelopesProcessor reports why.
    }
    List<Element> origin = List.of(type);
    String packageName = resource.type().packageName();
    if (existingTypes.contains(packageName, GeneratedNames.resourceJson(resource).simpleName())) {
      // Either written with these records in an earlier build and kept, records and all, or a
      // type of the user's, which the records would use in its place: EnvelopesProcessor reports
      // it.
      return;
    }
    var records = EnvelopeRecordsWriter.records(resource, json);
    Set<String> names = new HashSet<>();
    for (var record : records) {
      String name = (packageName + "." + record.name()).toLowerCase(Locale.ROOT);
      if (!names.add(name) || written.contains(name)) {
        // Two records of one name, such as the envelopes of methods get and Get, or a record of
        // another resource's: some records would be missing. EnvelopesProcessor reports it.
        return;
      }
    }
    written.addAll(names);
    for (var record : records) {
      if (!existingTypes.contains(packageName, record.name())) {
        files.write(packageName, record, origin);
      }
    }
  }
}
