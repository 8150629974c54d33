package dev.envelopes.processor.dialect.spring;

import dev.envelopes.processor.diagnostic.FrameworkWords;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** How Spring MVC users write the parts of their controllers that messages name. */
public final class SpringMvcWords implements FrameworkWords {

  private static final Map<Term, String> WORDS = new EnumMap<>(Term.class);

  static {
    WORDS.put(Term.FRAMEWORK, "Spring MVC");
    WORDS.put(Term.PATH, "@RestController");
    WORDS.put(
        Term.HTTP_METHODS,
        "@GetMapping, @PostMapping, @PutMapping, @PatchMapping, @DeleteMapping or"
            + " @RequestMapping");
    WORDS.put(Term.HTTP_GET, "@GetMapping");
    WORDS.put(Term.HTTP_POST, "@PostMapping");
    WORDS.put(Term.HTTP_PATCH, "@PatchMapping");
    WORDS.put(Term.QUERY_PARAMETER, "@RequestParam");
    // Said bare, it is the attribute: "has no defaultValue".
    WORDS.put(Term.DEFAULT_VALUE, "defaultValue");
    // Spring MVC hands a handler no responder; a DeferredResult is returned, not received.
    WORDS.put(Term.ASYNC_RESPONDER, "a responder parameter");
    WORDS.put(Term.SETUP_CLASS, "the Envelopes configuration");
    WORDS.put(
        Term.BODY_ANSWER,
        "put @ResponseBody on it or on its class, or make the class a @RestController");
    WORDS.put(Term.RESOURCE_METHOD, "handler method");
    WORDS.put(Term.RESOURCE_CLASS, "controller");
    WORDS.put(Term.ROOT_RESOURCE, "controller");
    WORDS.put(Term.BODY_PARAMETER, "@RequestBody parameter");
    // Spring MVC has no sub-resource locators: a class is served as a controller or not at all.
    WORDS.put(Term.LOCATED, "");
    WORDS.put(Term.LOCATED_FIX, "");
    WORDS.put(Term.LOCATOR, "");
  }

  @Override
  public String word(Term term) {
    return WORDS.get(term);
  }

  @Override
  public String queryAnnotations(String name, Optional<String> defaultValue) {
    return defaultValue
        .map(value -> "@RequestParam(name = \"" + name + "\", defaultValue = \"" + value + "\")")
        .orElse("@RequestParam(\"" + name + "\")");
  }

  @Override
  public String defaultValue(String value) {
    return "@RequestParam(defaultValue = \"" + value + "\")";
  }

  @Override
  public String library() {
    return "Spring MVC (org.springframework.web.servlet)";
  }

  @Override
  public String dependency() {
    return "org.springframework.boot:spring-boot-starter-webmvc, or"
        + " org.springframework:spring-webmvc";
  }
}
