package dev.envelopes.processor.read;

import dev.envelopes.processor.model.JsonLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The keys Jackson's default configuration writes for a record or a bean, in the order it writes
 * them, as checked against databind 2.22 and 3.1:
 *
 * <ul>
 *   <li>a key per record component, public field, and public getter ({@code getX()}, or {@code
 *       isX()} returning {@code boolean} or {@code Boolean}), or member of any visibility with
 *       {@code @JsonProperty}; a field and a getter of one name are one key, its value read through
 *       the getter; a transient field is no key;
 *   <li>the getter's name: Jackson 2 lower-cases every leading capital ({@code getURL} is {@code
 *       url}), Jackson 3 follows the JavaBeans rule ({@code URL}) and takes no {@code getx()};
 *   <li>order: Jackson 2 writes fields' keys first, a superclass's before its subclass's, then
 *       getters' (the class's own, then its supertypes'; Jackson takes them in the order reflection
 *       lists them, which the JVM does not specify: here, declaration order), then those
 *       {@code @JsonProperty} renames; Jackson 3 sorts by name, as its {@code
 *       SORT_PROPERTIES_ALPHABETICALLY} is on; in both, {@code @JsonPropertyOrder}'s keys come
 *       first, then a record's components in declaration order;
 *   <li>{@code @JsonNaming} with one of databind's strategies renames what {@code @JsonProperty}
 *       does not ({@link JacksonNaming});
 *   <li>{@code @JsonIgnore} on one of a key's members drops the key, unless another of its members
 *       has {@code @JsonProperty}; {@code @JsonBackReference}, {@code @JsonIgnoreProperties} and a
 *       value type with {@code @JsonIgnoreType} drop it too.
 * </ul>
 *
 * <p>Whether a key is always written and may be {@code null}: see {@link #presence}.
 */
final class JacksonProperties {

  /** Simple names of annotations that say a value is never null, whatever their package. */
  private static final Set<String> NEVER_NULL = Set.of("NotNull", "NonNull", "Nonnull");

  private static final String OPTIONAL = "java.util.Optional";

  /**
   * One key of an object.
   *
   * @param name the key
   * @param type the type of its value, as a member of the object's type
   * @param members where its annotations are: its record component, field and getters
   * @param required whether it is always written
   * @param nullable whether its value may be {@code null}
   * @param unwrapping how its value's keys are written into the object instead, if it is
   *     {@code @JsonUnwrapped}
   */
  record Key(
      String name,
      TypeMirror type,
      List<Element> members,
      boolean required,
      boolean nullable,
      Optional<Unwrapping> unwrapping) {}

  /** Whether a key is always written, and whether its value may be {@code null}. */
  private record Presence(boolean required, boolean nullable) {}

  /** What {@code @JsonUnwrapped} puts before and after each key of the value it unwraps. */
  record Unwrapping(String prefix, String suffix) {}

  private final Types types;
  private final JsonLibrary library;

  JacksonProperties(Types types, JsonLibrary library) {
    this.types = types;
    this.library = library;
  }

  /** The keys of an object of {@code type}, in the order Jackson writes them. */
  List<Key> of(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    List<TypeElement> supertypes = userTypes(Hierarchy.withSupertypes(element));
    JacksonVisibility visibility = JacksonVisibility.of(supertypes);
    Map<String, Member> members = new LinkedHashMap<>();
    List<String> creators = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      Member member = members.computeIfAbsent(name, Member::new);
      member.all.add(component);
      creators.add(name);
      if (component.getAccessor() != null) {
        member.addGetter(component.getAccessor(), true);
      }
    }
    for (TypeElement declaring : superclassesFirst(supertypes)) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        addField(members, field, visibility);
      }
    }
    for (TypeElement declaring : supertypes) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        addGetter(members, element, method, visibility);
      }
    }
    Optional<AnnotationMirror> included = onClass(supertypes, JacksonAnnotations.INCLUDE);
    Optional<String> classInclusion =
        included.flatMap(annotation -> JacksonAnnotations.constant(annotation, "value"));
    Set<String> dropped = droppedByClass(supertypes);
    UnaryOperator<String> naming = JacksonNaming.of(supertypes);
    Map<String, Key> keys = new LinkedHashMap<>();
    Map<String, Key> renamed = new LinkedHashMap<>();
    Map<String, String> keyOfMember = new LinkedHashMap<>();
    for (Member member : members.values()) {
      Optional<Key> key = member.key(type, classInclusion, naming);
      if (key.isPresent() && !dropped.contains(key.get().name())) {
        (member.renamed() ? renamed : keys).putIfAbsent(key.get().name(), key.get());
        keyOfMember.put(member.implicitName, key.get().name());
      }
    }
    // Jackson renames a key by taking it out and putting it back: after the others.
    renamed.forEach(keys::putIfAbsent);
    return ordered(supertypes, keys, keyOfMember, creators);
  }

  /**
   * Whether a key is always written, and whether its value may be {@code null}. A primitive is
   * never null; an {@code Optional} is null when empty; any other reference may be, unless one of
   * its members, or their types, carries an annotation named {@code NotNull}, {@code NonNull} or
   * {@code Nonnull} (Bean Validation's, JSpecify's, JSR 305's...): a promise the processor cannot
   * check, taken at its word. {@code @JsonInclude}'s {@code NON_NULL} leaves a null out (an empty
   * {@code Optional} is written as null still), {@code NON_ABSENT} and {@code NON_EMPTY} an empty
   * {@code Optional} too; {@code NON_DEFAULT} and {@code CUSTOM} leave out values that only run
   * time knows. A primitive is left out only by the last two.
   */
  private static Presence presence(TypeMirror type, boolean neverNull, Optional<String> inclusion) {
    boolean primitive = type.getKind().isPrimitive();
    boolean optional =
        type instanceof DeclaredType declared
            && ((TypeElement) declared.asElement())
                .getQualifiedName()
                .toString()
                .startsWith(OPTIONAL);
    boolean nullable = !primitive && (optional || !neverNull);
    return switch (inclusion.orElse("ALWAYS")) {
      case "NON_NULL" -> new Presence(primitive, optional);
      case "NON_ABSENT", "NON_EMPTY" -> new Presence(primitive, false);
      case "NON_DEFAULT", "CUSTOM" -> new Presence(false, nullable);
      default -> new Presence(true, nullable);
    };
  }

  private void addField(
      Map<String, Member> members, VariableElement field, JacksonVisibility visibility) {
    Set<Modifier> modifiers = field.getModifiers();
    boolean explicit = explicit(field);
    if (modifiers.contains(Modifier.STATIC)
        || (modifiers.contains(Modifier.TRANSIENT) && !explicit)) {
      return;
    }
    Member member = members.computeIfAbsent(field.getSimpleName().toString(), Member::new);
    member.all.add(field);
    if (member.field == null) {
      member.field = field;
      member.fieldVisible = visibility.seesField(field) || explicit;
    }
  }

  private void addGetter(
      Map<String, Member> members,
      TypeElement owner,
      ExecutableElement method,
      JacksonVisibility visibility) {
    if (method.getModifiers().contains(Modifier.STATIC)
        || !method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID
        || JacksonAnnotations.marks(method, JacksonAnnotations.VALUE)
        || JacksonAnnotations.marks(method, JacksonAnnotations.ANY_GETTER)) {
      return;
    }
    boolean explicit = explicit(method);
    Optional<String> implicit = getterName(owner, method);
    if (implicit.isEmpty() && !explicit) {
      return;
    }
    Member member =
        members.computeIfAbsent(implicit.orElse(method.getSimpleName().toString()), Member::new);
    boolean isGetter = !method.getSimpleName().toString().startsWith("get");
    member.addGetter(method, visibility.seesGetter(method, isGetter) || explicit);
  }

  /** The key Jackson reads off a method's name, if it takes it for a getter. */
  private Optional<String> getterName(TypeElement owner, ExecutableElement method) {
    String name = method.getSimpleName().toString();
    boolean component =
        owner.getRecordComponents().stream()
            .anyMatch(each -> each.getSimpleName().contentEquals(name));
    if (component) {
      return Optional.of(name);
    }
    if (name.startsWith("get") && name.length() > 3) {
      return keyOf(name.substring(3));
    }
    TypeMirror returned = method.getReturnType();
    boolean isBoolean =
        returned.getKind() == TypeKind.BOOLEAN || Annotations.isType(returned, "java.lang.Boolean");
    if (name.startsWith("is") && name.length() > 2 && isBoolean) {
      return keyOf(name.substring(2));
    }
    return Optional.empty();
  }

  /** The key of a getter named get or is then {@code rest}, as the library names it. */
  private Optional<String> keyOf(String rest) {
    if (library == JsonLibrary.JACKSON_3) {
      if (Character.isLowerCase(rest.charAt(0))) {
        return Optional.empty();
      }
      boolean acronym = rest.length() > 1 && Character.isUpperCase(rest.charAt(1));
      return Optional.of(
          acronym ? rest : Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
    }
    StringBuilder key = new StringBuilder(rest.length());
    int i = 0;
    while (i < rest.length() && Character.toLowerCase(rest.charAt(i)) != rest.charAt(i)) {
      key.append(Character.toLowerCase(rest.charAt(i)));
      i++;
    }
    return Optional.of(key.append(rest, i, rest.length()).toString());
  }

  private List<Key> ordered(
      List<TypeElement> supertypes,
      Map<String, Key> keys,
      Map<String, String> keyOfMember,
      List<String> creators) {
    Optional<AnnotationMirror> order = onClass(supertypes, JacksonAnnotations.PROPERTY_ORDER);
    boolean alphabetic =
        order
            .flatMap(annotation -> JacksonAnnotations.explicit(annotation, "alphabetic"))
            .map(Boolean.class::cast)
            .orElse(library == JsonLibrary.JACKSON_3);
    Map<String, Key> remaining = new LinkedHashMap<>(keys);
    List<Key> ordered = new ArrayList<>();
    for (String name : order.map(a -> JacksonAnnotations.strings(a, "value")).orElse(List.of())) {
      // A name in the order may be the key or the member's Java name.
      Key key = remaining.remove(remaining.containsKey(name) ? name : keyOfMember.get(name));
      if (key != null) {
        ordered.add(key);
      }
    }
    List<Key> fromCreator = new ArrayList<>();
    for (String creator : creators) {
      Key key = remaining.remove(keyOfMember.get(creator));
      if (key != null) {
        fromCreator.add(key);
      }
    }
    List<Key> rest = new ArrayList<>(remaining.values());
    if (alphabetic) {
      rest.sort(Comparator.comparing(Key::name));
      if (library == JsonLibrary.JACKSON_2) {
        fromCreator.sort(Comparator.comparing(Key::name));
      }
    }
    ordered.addAll(fromCreator);
    ordered.addAll(rest);
    return List.copyOf(ordered);
  }

  /** The keys that the class's {@code @JsonIgnoreProperties} drops from what it writes. */
  private static Set<String> droppedByClass(List<TypeElement> supertypes) {
    return onClass(supertypes, JacksonAnnotations.IGNORE_PROPERTIES)
        .filter(
            annotation ->
                !Boolean.TRUE.equals(
                    JacksonAnnotations.explicit(annotation, "allowGetters").orElse(false)))
        .map(annotation -> Set.copyOf(JacksonAnnotations.strings(annotation, "value")))
        .orElse(Set.of());
  }

  /** The nearest class-level {@code annotation}: Jackson reads a supertype's too. */
  private static Optional<AnnotationMirror> onClass(
      List<TypeElement> supertypes, String annotation) {
    return supertypes.stream()
        .flatMap(type -> Annotations.find(type, annotation).stream())
        .findFirst();
  }

  /** The types whose members Jackson reads: the JDK's own, such as {@code Record}, add none. */
  private static List<TypeElement> userTypes(List<TypeElement> types) {
    return types.stream()
        .filter(type -> !type.getQualifiedName().toString().startsWith("java."))
        .toList();
  }

  /** The classes among {@code supertypes}, the topmost first: Jackson's order of fields. */
  private static List<TypeElement> superclassesFirst(List<TypeElement> supertypes) {
    return supertypes.stream()
        .filter(type -> !type.getKind().isInterface())
        .sorted(Comparator.comparingInt(Hierarchy::depthOf))
        .toList();
  }

  /** What one Java name contributes: its record component, its field, its getters. */
  private final class Member {
    final String implicitName;
    final Set<Element> all = new LinkedHashSet<>();
    VariableElement field;
    boolean fieldVisible;
    ExecutableElement getter;
    boolean getterVisible;

    Member(String implicitName) {
      this.implicitName = implicitName;
    }

    void addGetter(ExecutableElement method, boolean visible) {
      all.add(method);
      if (getter == null) {
        getter = method;
        getterVisible = visible;
      }
    }

    boolean renamed() {
      return all.stream().anyMatch(member -> JacksonAnnotations.rename(member).isPresent());
    }

    Optional<Key> key(
        DeclaredType owner, Optional<String> classInclusion, UnaryOperator<String> naming) {
      if (!keepIgnoredParts() || all.stream().anyMatch(JacksonAnnotations::writeOnly)) {
        return Optional.empty();
      }
      Element read = getter != null && getterVisible ? getter : fieldVisible ? field : null;
      if (read == null) {
        return Optional.empty();
      }
      TypeMirror type = typeOf(owner, read);
      if (types.asElement(type) != null
          && JacksonAnnotations.marks(types.asElement(type), JacksonAnnotations.IGNORE_TYPE)) {
        return Optional.empty();
      }
      Optional<String> name =
          all.stream().flatMap(member -> JacksonAnnotations.rename(member).stream()).findFirst();
      Optional<String> inclusion =
          all.stream()
              .flatMap(member -> Annotations.find(member, JacksonAnnotations.INCLUDE).stream())
              .flatMap(annotation -> JacksonAnnotations.constant(annotation, "value").stream())
              .filter(value -> !value.equals("USE_DEFAULTS"))
              .findFirst()
              .or(() -> classInclusion);
      Presence presence = presence(type, neverNull(), inclusion);
      Optional<Unwrapping> unwrapping =
          all.stream()
              .flatMap(member -> Annotations.find(member, JacksonAnnotations.UNWRAPPED).stream())
              .filter(
                  annotation ->
                      !Boolean.FALSE.equals(
                          JacksonAnnotations.explicit(annotation, "enabled").orElse(true)))
              .map(
                  annotation ->
                      new Unwrapping(
                          (String) JacksonAnnotations.explicit(annotation, "prefix").orElse(""),
                          (String) JacksonAnnotations.explicit(annotation, "suffix").orElse("")))
              .findFirst();
      return Optional.of(
          new Key(
              name.orElseGet(() -> naming.apply(implicitName)),
              type,
              List.copyOf(all),
              presence.required(),
              presence.nullable(),
              unwrapping));
    }

    /**
     * Drops the members {@code @JsonIgnore} or {@code @JsonBackReference} hides; whether the key
     * stays: only if none is hidden, or another has {@code @JsonProperty}.
     */
    private boolean keepIgnoredParts() {
      boolean fieldHidden = field != null && hidden(field);
      boolean getterHidden =
          all.stream().filter(ExecutableElement.class::isInstance).anyMatch(this::hidden);
      boolean componentHidden =
          all.stream().filter(RecordComponentElement.class::isInstance).anyMatch(this::hidden);
      if (!fieldHidden && !getterHidden && !componentHidden) {
        return true;
      }
      boolean fieldNamed = field != null && !fieldHidden && explicit(field);
      boolean getterNamed = getter != null && !getterHidden && explicit(getter);
      if (componentHidden || (!fieldNamed && !getterNamed)) {
        return false;
      }
      if (fieldHidden) {
        field = null;
        fieldVisible = false;
      }
      if (getterHidden) {
        getter = null;
        getterVisible = false;
      }
      return true;
    }

    private boolean hidden(Element member) {
      return JacksonAnnotations.marks(member, JacksonAnnotations.IGNORE)
          || Annotations.find(member, JacksonAnnotations.BACK_REFERENCE).isPresent();
    }

    private boolean neverNull() {
      for (Element member : all) {
        TypeMirror type =
            member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
        if (namesNeverNull(member.getAnnotationMirrors())
            || namesNeverNull(type.getAnnotationMirrors())) {
          return true;
        }
      }
      return false;
    }

    private TypeMirror typeOf(DeclaredType owner, Element member) {
      TypeMirror asMember;
      try {
        asMember = types.asMemberOf(owner, member);
      } catch (IllegalArgumentException notAMember) {
        asMember = member.asType();
      }
      return asMember instanceof ExecutableType method ? method.getReturnType() : asMember;
    }
  }

  private static boolean explicit(Element member) {
    return JacksonAnnotations.naming(member).isPresent();
  }

  private static boolean namesNeverNull(List<? extends AnnotationMirror> annotations) {
    return annotations.stream()
        .anyMatch(
            annotation ->
                NEVER_NULL.contains(
                    annotation.getAnnotationType().asElement().getSimpleName().toString()));
  }
}
