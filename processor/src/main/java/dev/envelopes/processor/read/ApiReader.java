package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import dev.envelopes.Style;
import dev.envelopes.processor.dialect.Dialect;
import dev.envelopes.processor.model.ApiDeclaration;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.ErrorDeclaration;
import dev.envelopes.processor.model.Libraries;
import dev.envelopes.processor.model.LibraryException;
import dev.envelopes.processor.model.Origin;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ResponseCodeRow;
import dev.envelopes.processor.model.VendorDeclaration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the whole API from the types that carry Envelopes annotations: the first step of the flow.
 * The result is a model with no judgement in it, or the list of types that must wait for a later
 * round because something they mention has not been generated yet.
 */
public final class ApiReader {

  private final Elements elements;
  private final Annotations annotations;
  private final ResourceReader resourceReader;
  private final ErrorDeclarationReader errorReader;
  private final Dialect dialect;

  /** A reader of the API whose resources {@code dialect} describes. */
  public ApiReader(Elements elements, Types types, Dialect dialect) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
    this.dialect = dialect;
    this.resourceReader = new ResourceReader(elements, types, dialect);
    this.errorReader = new ErrorDeclarationReader(elements, types);
  }

  /**
   * The qualified names of the types that carry Envelopes annotations, gathered over the rounds.
   *
   * @param resources types that are enveloped or have enveloped methods
   * @param apiDeclarations types with {@code @EnvelopeApi}, {@code @ResponseCode} or
   *     {@code @MapException}
   * @param apiErrors types with {@code @ApiError}
   * @param paginated types with {@code @Paginated} methods
   * @param styled types with {@code @EnvelopeStyle} on themselves or their methods
   * @param styledPackages packages with {@code @EnvelopeStyle}
   */
  public record Inputs(
      SortedSet<String> resources,
      SortedSet<String> apiDeclarations,
      SortedSet<String> apiErrors,
      SortedSet<String> paginated,
      SortedSet<String> styled,
      SortedSet<String> styledPackages) {}

  /**
   * Reads one resource class on its own, as the records of its methods need it; empty while a type
   * or an annotation value it mentions does not exist yet.
   */
  public Optional<ResourceModel> readResource(TypeElement type) {
    ResourceReader.EnvelopedMembers members = resourceReader.envelopedMembersOf(type, false);
    if (waitsForALaterRound(members)) {
      return Optional.empty();
    }
    return Optional.of(resourceReader.read(type, members));
  }

  /**
   * The API, once everything it mentions exists; empty while it waits for a later round, in which
   * another processor may generate a type or a constant it mentions. What never appears is the
   * compiler's error ("cannot find symbol"), which says all there is to say.
   */
  public Optional<ApiModel> read(Inputs inputs) {
    boolean waiting = false;
    List<ResourceModel> resources = new ArrayList<>();
    Map<String, TypeElement> thrownApiErrors = new LinkedHashMap<>();
    Map<String, Style> subResources = subResourcesOf(inputs.resources());
    SortedSet<String> served = new TreeSet<>(inputs.resources());
    served.addAll(subResources.keySet());
    Set<TypeElement> inherited = inheritedByConcreteResources(served);
    // The methods, and the declarations they inherit, that some resource envelopes.
    Set<Element> envelopedMethods = new HashSet<>();
    SortedSet<String> read = new TreeSet<>();
    for (String name : served) {
      TypeElement type = elements.getTypeElement(name);
      Optional<Style> located = Optional.ofNullable(subResources.get(name));
      if (located.isEmpty() && inherited.contains(type)) {
        continue; // An abstract class or interface whose methods a concrete resource serves.
      }
      ResourceReader.EnvelopedMembers members =
          resourceReader.envelopedMembersOf(type, located.isPresent());
      if (waitsForALaterRound(members)) {
        waiting = true;
        continue;
      }
      read.add(name);
      resources.add(
          located
              .map(style -> resourceReader.readSubResource(type, style, members))
              .orElseGet(() -> resourceReader.read(type, members)));
      for (ResourceMethods.Member member : members.all()) {
        envelopedMethods.add(member.implementation());
        envelopedMethods.add(member.declaration());
        for (TypeMirror thrown : member.implementation().getThrownTypes()) {
          // A type variable, as in "throws E", names no class that could carry @ApiError.
          if (thrown instanceof DeclaredType declared) {
            TypeElement exception = (TypeElement) declared.asElement();
            if (Annotations.find(exception, KnownTypes.API_ERROR).isPresent()) {
              thrownApiErrors.put(exception.getQualifiedName().toString(), exception);
            }
          }
        }
      }
    }

    List<ApiDeclaration> declarations = new ArrayList<>();
    List<ErrorDeclaration> errors = new ArrayList<>();
    List<Origin> strayDeclarations = new ArrayList<>();
    for (String name : inputs.apiDeclarations()) {
      TypeElement type = elements.getTypeElement(name);
      Optional<AnnotationMirror> api = Annotations.find(type, KnownTypes.ENVELOPE_API);
      List<AnnotationMirror> codes =
          Annotations.findRepeated(type, KnownTypes.RESPONSE_CODE, KnownTypes.RESPONSE_CODES);
      List<AnnotationMirror> mappings =
          Annotations.findRepeated(type, KnownTypes.MAP_EXCEPTION, KnownTypes.MAP_EXCEPTIONS);
      if (!codes.stream().allMatch(Annotations::isResolved)) {
        waiting = true;
      } else if (api.isPresent()) {
        declarations.add(
            new ApiDeclaration(
                elements.getPackageOf(type).getQualifiedName().toString(),
                codes.stream().map(code -> responseCode(type, code)).toList(),
                StyleReader.styleOf(type),
                Annotations.find(type, KnownTypes.VENDOR_CONVENTION)
                    .map(
                        vendor ->
                            new VendorDeclaration(
                                annotations.stringValue(vendor, "vendor"),
                                annotations.intValue(vendor, "version"),
                                annotations.stringValue(vendor, "errorDocumentation"),
                                Origin.of(type, vendor))),
                Origin.of(type, api.get())));
      } else {
        codes.forEach(code -> strayDeclarations.add(Origin.of(type, code)));
        mappings.forEach(mapping -> strayDeclarations.add(Origin.of(type, mapping)));
      }
      for (AnnotationMirror mapping : mappings) {
        if (!errorReader.mapsExistingClass(mapping) || !Annotations.isResolved(mapping)) {
          waiting = true;
        } else {
          errors.add(errorReader.readMapException(type, mapping));
        }
      }
    }
    List<TypeElement> apiErrors = new ArrayList<>();
    for (String name : inputs.apiErrors()) {
      thrownApiErrors.remove(name);
      apiErrors.add(elements.getTypeElement(name));
    }
    apiErrors.addAll(thrownApiErrors.values());
    for (TypeElement exception : apiErrors) {
      Optional<AnnotationMirror> apiError = Annotations.find(exception, KnownTypes.API_ERROR);
      if (apiError.isEmpty()) {
        continue;
      }
      // Whether it is an exception at all shows once the class it extends exists.
      if (!TypeResolution.superclassesResolved(exception)
          || !Annotations.isResolved(apiError.get())) {
        waiting = true;
      } else {
        errors.add(errorReader.readApiError(exception, apiError.get()));
      }
    }

    List<Origin> strayPaginated = new ArrayList<>();
    for (String name : inputs.paginated()) {
      TypeElement type = elements.getTypeElement(name);
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        Optional<AnnotationMirror> paginated = Annotations.find(method, KnownTypes.PAGINATED);
        // An opted-out method of an enveloped class is the resource validator's to report.
        boolean optedOut =
            Annotations.find(method, KnownTypes.UNENVELOPED).isPresent()
                && Annotations.find(type, KnownTypes.ENVELOPED).isPresent();
        if (paginated.isPresent() && !envelopedMethods.contains(method) && !optedOut) {
          strayPaginated.add(Origin.of(method, paginated.get()));
        }
      }
    }

    List<Origin> strayStyles = strayStyles(inputs, read, envelopedMethods);

    if (waiting) {
      return Optional.empty();
    }
    resources.sort((a, b) -> a.type().canonicalName().compareTo(b.type().canonicalName()));
    return Optional.of(
        new ApiModel(
            declarations.stream().findFirst(),
            declarations.stream().skip(1).toList(),
            List.copyOf(resources),
            List.copyOf(errors),
            List.copyOf(strayDeclarations),
            List.copyOf(strayPaginated),
            strayStyles,
            detectLibraries(),
            StyleReader.unstyled()));
  }

  /**
   * Whether a type, by its enveloped {@code members}, mentions a type or a constant that does not
   * exist yet, which another processor may generate in a later round.
   */
  private boolean waitsForALaterRound(ResourceReader.EnvelopedMembers members) {
    return resourceReader.unresolvedTypeIn(members).isPresent()
        || !resourceReader.annotationValuesResolvedIn(members);
  }

  /**
   * The {@code @EnvelopeStyle}s that choose nothing: on a type that is neither a resource, nor the
   * API type, nor encloses a resource; on a method that is not enveloped; on a package that holds
   * no resource.
   */
  private List<Origin> strayStyles(
      Inputs inputs, SortedSet<String> served, Set<Element> envelopedMethods) {
    List<Origin> stray = new ArrayList<>();
    for (String name : inputs.styledPackages()) {
      PackageElement styledPackage = elements.getPackageElement(name);
      boolean holdsResource =
          served.stream()
              .map(resource -> elements.getPackageOf(elements.getTypeElement(resource)))
              .anyMatch(styledPackage::equals);
      if (!holdsResource) {
        stray.add(
            Origin.of(
                styledPackage,
                Annotations.find(styledPackage, StyleReader.ENVELOPE_STYLE).orElseThrow()));
      }
    }
    for (String name : inputs.styled()) {
      TypeElement type = elements.getTypeElement(name);
      Optional<AnnotationMirror> onType = Annotations.find(type, StyleReader.ENVELOPE_STYLE);
      if (onType.isPresent()
          && !served.contains(name)
          && !inputs.apiDeclarations().contains(name)
          && served.stream().noneMatch(resource -> resource.startsWith(name + "."))) {
        stray.add(Origin.of(type, onType.get()));
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        Optional<AnnotationMirror> onMethod = Annotations.find(method, StyleReader.ENVELOPE_STYLE);
        if (onMethod.isPresent() && !envelopedMethods.contains(method)) {
          stray.add(Origin.of(method, onMethod.get()));
        }
      }
    }
    return List.copyOf(stray);
  }

  /**
   * The classes that enveloped locators return, found from {@code resources} and then from the
   * sub-resources themselves, each with the style of the first locator that returns it; a class
   * that is a root resource of its own (enveloped, with a path of its own) is read as that.
   */
  private Map<String, Style> subResourcesOf(SortedSet<String> resources) {
    Map<String, Style> located = new TreeMap<>();
    Deque<TypeElement> pending = new ArrayDeque<>();
    resources.forEach(name -> pending.add(elements.getTypeElement(name)));
    while (!pending.isEmpty()) {
      TypeElement type = pending.removeFirst();
      Optional<Style> style = Optional.ofNullable(located.get(name(type)));
      ResourceReader.EnvelopedMembers members =
          resourceReader.envelopedMembersOf(type, style.isPresent());
      if (resourceReader.unresolvedTypeIn(members).isPresent()) {
        continue; // Read once it exists; reading reports it.
      }
      for (ResourceMethods.Member locator : members.locators()) {
        Optional<TypeElement> subResource = resourceReader.subResourceOf(type, locator);
        if (subResource.isEmpty()) {
          continue; // Validation reports the locator.
        }
        String name = name(subResource.get());
        boolean rootResource =
            resources.contains(name) && dialect.pathOf(subResource.get()).isPresent();
        if (!rootResource && !located.containsKey(name)) {
          located.put(name, locator.style(type, style));
          pending.add(subResource.get());
        }
      }
    }
    return located;
  }

  /**
   * The abstract classes and interfaces that a concrete class among {@code served} extends or
   * implements: their enveloped methods are read as the concrete class's, not on their own.
   */
  private Set<TypeElement> inheritedByConcreteResources(SortedSet<String> served) {
    Set<TypeElement> inherited = new HashSet<>();
    for (String name : served) {
      TypeElement type = elements.getTypeElement(name);
      if (type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)) {
        ResourceMethods.supertypesOf(type).stream()
            .filter(
                supertype ->
                    supertype.getKind().isInterface()
                        || supertype.getModifiers().contains(Modifier.ABSTRACT))
            .forEach(inherited::add);
      }
    }
    return inherited;
  }

  private static String name(TypeElement type) {
    return type.getQualifiedName().toString();
  }

  private ResponseCodeRow responseCode(TypeElement type, AnnotationMirror annotation) {
    return new ResponseCodeRow(
        annotations.intValue(annotation, "status"),
        annotations.intValue(annotation, "code"),
        annotations.stringValue(annotation, "message"),
        Origin.of(type, annotation));
  }

  /**
   * The libraries on the user's classpath, and their exceptions that get answers of their own: the
   * framework's first, in its dialect's order, then the others in their kinds' order.
   */
  private Libraries detectLibraries() {
    List<LibraryException> exceptions = new ArrayList<>();
    for (String framework : dialect.frameworkExceptions()) {
      libraryException(LibraryException.Kind.FRAMEWORK, framework).ifPresent(exceptions::add);
    }
    KnownTypes.LIBRARY_EXCEPTIONS.forEach(
        (kind, name) -> libraryException(kind, name).ifPresent(exceptions::add));
    return new Libraries(
        exists(dialect.apiMarkerType()),
        exists(KnownTypes.JSON_PROPERTY),
        JsonLibraries.of(elements, dialect),
        List.copyOf(exceptions));
  }

  private Optional<LibraryException> libraryException(
      LibraryException.Kind kind, String qualifiedName) {
    return Optional.ofNullable(elements.getTypeElement(qualifiedName))
        .map(type -> new LibraryException(kind, ClassName.get(type), Hierarchy.depthOf(type)));
  }

  private boolean exists(String qualifiedName) {
    return elements.getTypeElement(qualifiedName) != null;
  }
}
