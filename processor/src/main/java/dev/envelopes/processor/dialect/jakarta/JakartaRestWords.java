package dev.envelopes.processor.dialect.jakarta;

import dev.envelopes.processor.diagnostic.FrameworkWords;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How Jakarta REST users write the parts of their resources that messages name. */
public final class JakartaRestWords implements FrameworkWords {

  private static final Map<Term, String> WORDS = new EnumMap<>(Term.class);

  static {
    WORDS.put(Term.FRAMEWORK, "Jakarta REST");
    WORDS.put(Term.PATH, "@Path");
    WORDS.put(Term.HTTP_METHODS, "@GET, @POST, @PUT, @PATCH, @DELETE, @HEAD or @OPTIONS");
    WORDS.put(Term.HTTP_GET, "@GET");
    WORDS.put(Term.HTTP_POST, "@POST");
    WORDS.put(Term.HTTP_PATCH, "@PATCH");
    WORDS.put(Term.QUERY_PARAMETER, "@QueryParam");
    WORDS.put(Term.DEFAULT_VALUE, "@DefaultValue");
    WORDS.put(Term.ASYNC_RESPONDER, "@Suspended");
    WORDS.put(Term.SETUP_CLASS, "EnvelopesFeature");
    WORDS.put(Term.BODY_ANSWER, "return the entity from a resource method");
    WORDS.put(Term.RESOURCE_METHOD, "resource method");
    WORDS.put(Term.RESOURCE_CLASS, "resource class");
    WORDS.put(Term.ROOT_RESOURCE, "root resource");
    WORDS.put(Term.BODY_PARAMETER, "parameter without a Jakarta REST annotation");
    WORDS.put(Term.LOCATED, ", and no enveloped sub-resource locator returns it");
    WORDS.put(
        Term.LOCATED_FIX,
        "; or, if a sub-resource locator returns it, put @Enveloped on that locator or on the"
            + " locator's class");
    WORDS.put(Term.LOCATOR, ", and none is a sub-resource locator");
  }

  @Override
  public String word(Term term) {
    return WORDS.get(term);
  }

  @Override
  public String queryAnnotations(String name, Optional<String> defaultValue) {
    return "@QueryParam(\"" + name + "\")"
        + defaultValue.map(value -> " " + defaultValue(value)).orElse("");
  }

  @Override
  public String defaultValue(String value) {
    return "@DefaultValue(\"" + value + "\")";
  }

  @Override
  public String library() {
    return "Jakarta REST (jakarta.ws.rs)";
  }

  @Override
  public String dependency() {
    return "jakarta.ws.rs:jakarta.ws.rs-api, or your Jakarta REST implementation";
  }
}
