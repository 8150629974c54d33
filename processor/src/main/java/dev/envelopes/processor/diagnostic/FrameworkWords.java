package dev.envelopes.processor.diagnostic;

import java.util.Optional;

/**
 * The words the users of one web framework know its parts by, which messages quote. The catalog
 * names each part by what it means ({@code {QUERY_PARAMETER}} in a message's text); each dialect
 * says how its users write it, so that a message reads as their own code does.
 */
public interface FrameworkWords {

  /** A part of the framework that a message names, by what it is. */
  enum Term {
    /** The framework's name, where a message speaks of the framework itself. */
    FRAMEWORK,
    /** The annotation that gives a class or method its path. */
    PATH,
    /** Every annotation that makes a method answer an HTTP method, as a list in prose. */
    HTTP_METHODS,
    /** The annotation of a method that answers GET. */
    HTTP_GET,
    /** The annotation of a method that answers POST. */
    HTTP_POST,
    /** The annotation of a method that answers PATCH. */
    HTTP_PATCH,
    /** The annotation that binds a parameter to a query parameter. */
    QUERY_PARAMETER,
    /** The annotation that gives a parameter the value a request without one gets. */
    DEFAULT_VALUE,
    /** The annotation of a parameter through which a method answers later, not by returning. */
    ASYNC_RESPONDER,
    /** The class the generated glue is set up through, which lives in the API's package. */
    SETUP_CLASS,
    /** How a method comes to have its return value written as the response body. */
    BODY_ANSWER,
    /** A method that answers requests. */
    RESOURCE_METHOD,
    /** A class whose methods answer requests. */
    RESOURCE_CLASS,
    /** A class that answers requests under its path of its own. */
    ROOT_RESOURCE,
    /** The parameter that receives the request body. */
    BODY_PARAMETER,
    /**
     * Where the framework has sub-resource locators, the clause that follows "it has no {PATH}":
     * how a class is served without a path of its own; else nothing.
     */
    LOCATED,
    /** Where the framework has sub-resource locators, how to fix {@link #LOCATED}; else nothing. */
    LOCATED_FIX,
    /**
     * Where the framework has sub-resource locators, the clause that follows "none carries
     * {HTTP_METHODS}"; else nothing.
     */
    LOCATOR;

    /** How the term stands in a message's text. */
    String placeholder() {
      return "{" + name() + "}";
    }
  }

  /** How the framework's users write {@code term}. */
  String word(Term term);

  /**
   * A parameter bound to the query parameter {@code name}, as its users would declare it, such as
   * {@code @QueryParam("limit") @DefaultValue("25") int limit}.
   *
   * @param declaration the parameter's type and Java name, as in {@code int limit}
   */
  default String queryParameter(String name, Optional<String> defaultValue, String declaration) {
    return queryAnnotations(name, defaultValue) + " " + declaration;
  }

  /**
   * The annotations that bind a parameter to the query parameter {@code name}, with {@code
   * defaultValue} if present, such as {@code @QueryParam("limit") @DefaultValue("25")}; a
   * message's text writes them {@code {QUERY_PARAMETER}("limit") {DEFAULT_VALUE}("25")}.
   */
  String queryAnnotations(String name, Optional<String> defaultValue);

  /**
   * How a parameter declares the default {@code value}, such as {@code @DefaultValue("25")}; a
   * message's text writes it {@code {DEFAULT_VALUE}("25")}.
   */
  String defaultValue(String value);

  /** The framework's API as a message about a missing library names it. */
  String library();

  /** The dependency that brings the framework's API to a build. */
  String dependency();
}
