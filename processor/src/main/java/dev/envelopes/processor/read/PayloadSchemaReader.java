package dev.envelopes.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.envelopes.processor.model.ApiModel;
import dev.envelopes.processor.model.EndpointModel;
import dev.envelopes.processor.model.ParameterModel;
import dev.envelopes.processor.model.PayloadSchemas;
import dev.envelopes.processor.model.ResourceModel;
import dev.envelopes.processor.model.ReturnShape;
import dev.envelopes.processor.model.SchemaModel;
import dev.envelopes.processor.model.VendorOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the JSON Schema of every payload of an API: what each enveloped method answers as its data
 * and what each takes as its request body, as Jackson writes them ({@link TypeSchemas}), keyed by
 * the type the model names each by. The first method that names a type decides its schema, the
 * resources in the model's order and their methods in source order: a request body is keyed by its
 * erased type, so {@code List<Task>} and {@code List<Tag>} bodies share one key.
 */
public final class PayloadSchemaReader {

  private final Elements elements;
  private final Types types;

  public PayloadSchemaReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The schema of every payload of {@code api}, and of every object those refer to. */
  public PayloadSchemas read(ApiModel api) {
    return read(api, Set.of());
  }

  /**
   * As {@link #read(ApiModel)}, the objects named apart from {@code taken}: the names the document
   * gives Envelopes' own schemas.
   */
  public PayloadSchemas read(ApiModel api, Set<String> taken) {
    TypeSchemas schemas = new TypeSchemas(elements, types, api.libraries().json());
    Map<TypeName, SchemaModel> payloads = new LinkedHashMap<>();
    for (ResourceModel resource : api.resourcesWithEndpoints()) {
      Optional<DeclaredType> owner = ownerOf(resource);
      for (EndpointModel endpoint : resource.endpoints()) {
        for (VendorOptions.IncludeModel include : endpoint.vendorOptions().includes()) {
          putScalar(payloads, include.type());
        }
        if (owner.isEmpty() || !(endpoint.origin().element() instanceof ExecutableElement method)) {
          payloadOf(endpoint.returns()).ifPresent(type -> putScalar(payloads, type));
          endpoint.parameters().stream()
              .filter(parameter -> parameter.source() == ParameterModel.Source.BODY)
              .forEach(parameter -> putScalar(payloads, parameter.type()));
          continue;
        }
        ExecutableType signature = signatureOf(owner.get(), method);
        payloadOf(endpoint.returns())
            .ifPresent(
                type ->
                    payloads.computeIfAbsent(
                        type,
                        key ->
                            within(signature.getReturnType(), key)
                                .map(schemas::of)
                                .orElseGet(SchemaModel.Any::new)));
        List<ParameterModel> parameters = endpoint.parameters();
        for (int i = 0; i < parameters.size(); i++) {
          ParameterModel parameter = parameters.get(i);
          if (parameter.source() == ParameterModel.Source.BODY) {
            TypeMirror type =
                parameters.size() == signature.getParameterTypes().size()
                    ? signature.getParameterTypes().get(i)
                    : parameter.origin().element().asType();
            payloads.computeIfAbsent(parameter.type(), key -> schemas.of(type));
          }
        }
      }
    }
    Map<String, String> names = SchemaNames.namesOf(schemas.objectTypes(), taken);
    Map<TypeName, SchemaModel> renamed = new LinkedHashMap<>();
    payloads.forEach((type, schema) -> renamed.put(type, SchemaNames.rename(schema, names)));
    TreeMap<String, SchemaModel.ObjectOf> named = new TreeMap<>();
    schemas
        .objects()
        .forEach(
            (key, object) -> named.put(names.get(key), SchemaNames.renameObject(object, names)));
    return new PayloadSchemas(renamed, named);
  }

  /**
   * Gives {@code type} its scalar's schema where it is one, for a payload the model names by type
   * alone: a related record of the vendor style, a method the reader finds no signature of.
   */
  private void putScalar(Map<TypeName, SchemaModel> payloads, TypeName type) {
    if (payloads.containsKey(type)) {
      return;
    }
    TypeName raw =
        type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    Optional<TypeMirror> mirror = Optional.empty();
    if (raw.isPrimitive()) {
      mirror =
          Optional.of(
              types.getPrimitiveType(TypeKind.valueOf(raw.toString().toUpperCase(Locale.ROOT))));
    } else if (raw instanceof ClassName name) {
      mirror =
          Optional.ofNullable(elements.getTypeElement(name.canonicalName())).map(Element::asType);
    }
    mirror.flatMap(ScalarSchemas::of).ifPresent(schema -> payloads.put(type, schema));
  }

  /** The type the model names a method's data by: a single value, a collection, a page's item. */
  private static Optional<TypeName> payloadOf(ReturnShape returns) {
    if (returns instanceof ReturnShape.Single single) {
      return Optional.of(single.type());
    }
    if (returns instanceof ReturnShape.Multiple multiple) {
      return Optional.of(multiple.type());
    }
    if (returns instanceof ReturnShape.Paged paged) {
      return Optional.of(paged.itemType());
    }
    return Optional.empty();
  }

  private Optional<DeclaredType> ownerOf(ResourceModel resource) {
    Element element = resource.origin().element();
    if (!(element instanceof TypeElement)) {
      element = elements.getTypeElement(resource.type().canonicalName());
    }
    return element != null && element.asType() instanceof DeclaredType declared
        ? Optional.of(declared)
        : Optional.empty();
  }

  /**
   * The method's types in its resource class, its supertypes' type variables filled in, as the
   * model read them.
   */
  private ExecutableType signatureOf(DeclaredType owner, ExecutableElement method) {
    try {
      return (ExecutableType) types.asMemberOf(owner, method);
    } catch (IllegalArgumentException notAMember) {
      return (ExecutableType) method.asType();
    }
  }

  /**
   * The type named {@code name} within what a method returns: the returned type itself, or the type
   * the model unwrapped from it (a completion stage's result, the framework's response's body, an
   * {@code Optional}'s value, a page's item), nearest first.
   */
  private static Optional<TypeMirror> within(TypeMirror returned, TypeName name) {
    List<TypeMirror> pending = new ArrayList<>(List.of(returned));
    while (!pending.isEmpty()) {
      TypeMirror type = pending.remove(0);
      if (TypeName.get(type).equals(name)) {
        return Optional.of(type);
      }
      if (type instanceof DeclaredType declared) {
        pending.addAll(declared.getTypeArguments());
      } else if (type instanceof WildcardType wildcard && wildcard.getExtendsBound() != null) {
        pending.add(wildcard.getExtendsBound());
      } else if (type instanceof ArrayType array) {
        pending.add(array.getComponentType());
      }
    }
    return Optional.empty();
  }
}
