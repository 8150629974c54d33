package dev.envelopes.processor.diagnostic;

import dev.envelopes.processor.convention.Conventions;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error Envelopes can report, and its one warning, with what is wrong and how to fix it.
 * Messages are formatted with {@link String#format}; tests and the README's list of compile errors
 * are checked against this catalog. Where a message names a part of the web framework, its text
 * names the part by what it is ({@code {QUERY_PARAMETER}}) and the framework's {@link
 * FrameworkWords} say it.
 */
public enum Diagnostic {

  // Where @Enveloped may go.
  ENVELOPED_ON_NON_CLASS(
      "@Enveloped is on %s, which is not a class.",
      "Put @Enveloped on the {RESOURCE_CLASS}, or on its {RESOURCE_METHOD}s."),
  ENVELOPED_CLASS_ABSTRACT(
      "@Enveloped class %s is abstract, and no enveloped concrete class extends it: {FRAMEWORK}"
          + " serves a subclass, which its envelopes would not match.",
      "Put {PATH} and @Enveloped on the concrete subclass; it inherits the {RESOURCE_METHOD}s."),
  ENVELOPED_INNER_CLASS(
      "@Enveloped class %s is an inner class, which {FRAMEWORK} cannot create without an"
          + " enclosing instance.",
      "Make it static, or a top-level class."),
  ENVELOPED_CLASS_WITHOUT_PATH(
      "@Enveloped class %s is not a {ROOT_RESOURCE}: it has no {PATH}{LOCATED}.",
      "Add {PATH} to the class{LOCATED_FIX}."),
  ENVELOPED_CLASS_WITHOUT_RESOURCE_METHODS(
      "@Enveloped class %s has no {RESOURCE_METHOD}: none carries {HTTP_METHODS}{LOCATOR}.",
      "Add a {RESOURCE_METHOD}, or remove @Enveloped."),
  HTTP_METHOD_NOT_ONE(
      "Enveloped {RESOURCE_METHOD} %s answers the HTTP methods %s, but its envelope, status and"
          + " paging are chosen for one.",
      "Map it to one, as with {HTTP_GET}; for several, write one method for each."),
  ENVELOPED_METHOD_WITHOUT_HTTP_METHOD(
      "@Enveloped method %s is not a {RESOURCE_METHOD}: it has no HTTP method annotation.",
      "Add one such as {HTTP_GET}, or remove @Enveloped."),
  UNENVELOPED_BESIDE_ENVELOPED(
      "@Unenveloped on %s contradicts the @Enveloped on the same method.",
      "Remove the method's @Enveloped to answer it as it returns, or @Unenveloped to envelope it."),
  UNENVELOPED_OPTS_OUT_OF_NOTHING(
      "@Unenveloped on %s opts out of nothing: its class is not @Enveloped, so only its methods"
          + " that carry @Enveloped are enveloped.",
      "Remove @Unenveloped."),
  LOCATOR_RETURNS_NO_RESOURCE(
      "Enveloped sub-resource locator %s returns %s, in which no {RESOURCE_METHOD} can be found at"
          + " compile time, so the answers of its sub-resource could not be enveloped.",
      "Return the sub-resource class itself, whose methods carry {HTTP_GET}, {HTTP_POST} and the"
          + " like; or opt the locator out with @Unenveloped, which leaves its sub-resource's"
          + " answers as they are."),
  SUB_RESOURCE_STYLES_DIFFER(
      "Sub-resource %s is returned by %s in %s and by %s in %s; its envelopes cannot tell which"
          + " locator reached it.",
      "Give %1$s its own @EnvelopeStyle, or give both locators the same style."),

  // What a resource method must be for the framework to call it.
  RESOURCE_METHOD_NOT_PUBLIC(
      "Enveloped {RESOURCE_METHOD} %s is not public, so {FRAMEWORK} never calls it.",
      "Make it public."),
  RESOURCE_METHOD_STATIC(
      "Enveloped {RESOURCE_METHOD} %s is static, so {FRAMEWORK} never calls it.",
      "Make it an instance method."),
  RESOURCE_METHOD_GENERIC(
      "Enveloped {RESOURCE_METHOD} %s declares type parameters, which {FRAMEWORK} cannot bind.",
      "Remove the type parameters and use concrete types."),
  RESOURCE_METHOD_TWO_BODIES(
      "Enveloped {RESOURCE_METHOD} %s takes two request bodies; a request has one.",
      "Keep one {BODY_PARAMETER}, and annotate the others."),
  RESOURCE_METHOD_OVERLOADED(
      "%s has more than one enveloped {RESOURCE_METHOD} named %s; each method's envelope is named"
          + " after it.",
      "Rename all but one of them."),
  RESOURCE_METHOD_SUSPENDED(
      "Enveloped {RESOURCE_METHOD} %s answers through {ASYNC_RESPONDER} %s, around which no"
          + " envelope can be put.",
      "Return CompletionStage<T> instead, whose result is enveloped as a T would be, or %s."),
  RETURNS_UNWRAPPABLE(
      "Enveloped {RESOURCE_METHOD} %s returns %s, which an envelope cannot wrap.",
      "Return the payload itself (the envelope sets the status and headers), or %s."),
  RESPONSE_BODY_TYPE_UNSEEN(
      "Enveloped {RESOURCE_METHOD} %s returns %s, whose body type cannot be seen at compile time,"
          + " so no envelope can be written for it.",
      "Declare the type of its body as its type argument, such as Project rather than ?, or"
          + " %s."),
  ENVELOPED_METHOD_ANSWERS_VIEW(
      "Enveloped {RESOURCE_METHOD} %s answers through a view: {FRAMEWORK} renders what it returns,"
          + " rather than writing it as the response body, so there is no body to envelope.",
      "To answer with the body, {BODY_ANSWER}; or remove @Enveloped."),
  PRODUCES_NOT_JSON(
      "Enveloped {RESOURCE_METHOD} %s produces %s, but its envelope is JSON, which a client that"
          + " accepts only that type could not read.",
      "Produce application/json (or a +json type), or %s."),
  PAYLOAD_HIDDEN_FROM_ENVELOPE(
      "Enveloped {RESOURCE_METHOD} %s returns %s, but %s is %s, so the envelope generated next to"
          + " the resource cannot name it.",
      "Make that type public, or package-private in the resource's package."),
  RETURNS_TYPE_VARIABLE(
      "Enveloped {RESOURCE_METHOD} %s returns %s, which mentions a type variable that the generated"
          + " envelope cannot name.",
      "Return a concrete type."),
  PATCH_RETURNS_DATA(
      "{HTTP_PATCH} method %s returns %s, but in the meta envelope a PATCH answers with no data.",
      "Return void; the response's Location header names the modified resource."),

  // Paging.
  PAGE_WITHOUT_PAGINATED(
      "%s returns a Page but has no @Paginated, so nothing reads its offset and limit.",
      "Add @Paginated to the method if it is a {HTTP_GET} that answers one page; otherwise return"
          + " the records as a List."),
  RAW_PAGE("%s returns a raw Page.", "Give the type of its items, for example Page<Project>."),
  PAGINATED_NOT_ENVELOPED(
      "@Paginated method %s is not enveloped.",
      "Add @Enveloped to the method or to its class; for a method of an abstract class or an"
          + " interface, to the concrete {RESOURCE_CLASS} that inherits it."),
  PAGINATED_OPTED_OUT(
      "@Paginated method %s is opted out of its class's envelope by @Unenveloped, so nothing checks"
          + " or links its pages.",
      "Remove @Paginated and read the page parameters yourself, or remove @Unenveloped."),
  PAGINATED_NOT_GET(
      "@Paginated method %s answers %s; only {HTTP_GET} methods are paged.",
      "Make it a {HTTP_GET} method, or remove @Paginated and return something other than a Page."),
  PAGINATED_RETURNS_NO_PAGE(
      "@Paginated method %s returns %s, not a page.",
      "Return dev.envelopes.Page<T> with the records of the page and the total."),
  PAGINATED_MAX_LIMIT_TOO_SMALL(
      "@Paginated(maxLimit = %d) on %s allows no page at all.", "Give a maxLimit of 1 or more."),
  PAGINATED_MAX_OFFSET_NEGATIVE(
      "@Paginated(maxOffset = %d) on %s allows no page at all.",
      "Give a maxOffset of 0 or more: the largest offset the store can skip to."),
  PAGINATED_MAX_OFFSET_WITHOUT_OFFSET(
      "@Paginated(maxOffset = ...) on %s bounds an offset, but the method answers in %s, which"
          + " does not page by offset.",
      "Remove maxOffset, or choose the meta envelope for the method."),
  PAGING_PARAMETER_MISSING(
      "@Paginated method %s has no parameter for the query parameter \"%s\", so it cannot receive"
          + " its page.",
      "Add the parameter %s."),
  PAGING_PARAMETER_TWICE(
      "@Paginated method %s binds the query parameter \"%s\" to %d parameters, so which one holds"
          + " the page request is unclear.",
      "Keep one parameter for it."),
  PAGING_PARAMETER_NOT_INTEGRAL(
      "The \"%s\" parameter of %s is a %s.", "Declare it as int or long."),
  PAGING_CURSOR_NOT_CURSOR(
      "The \"cursor\" parameter of %s is a %s; the bare and vendor styles page by an opaque,"
          + " signed cursor.",
      "Declare it as dev.envelopes.Cursor: {QUERY_PARAMETER}(\"cursor\")"
          + " {DEFAULT_VALUE}(\"\") Cursor cursor."),
  PAGING_CURSOR_WITHOUT_EMPTY_DEFAULT(
      "The \"cursor\" parameter of %s has no {DEFAULT_VALUE}(\"\"), so a request for the first"
          + " page, which sends no cursor, would %s.",
      "Add {DEFAULT_VALUE}(\"\") to it: an empty cursor is Cursor.FIRST."),
  CURSOR_WITHOUT_CURSOR_PAGING(
      "%s receives a Cursor, but only a @Paginated method in the bare or vendor style is paged"
          + " by cursor, so nothing checks it before the method runs.",
      "Make the method @Paginated in the bare or vendor style, or receive the page another way."),
  CURSOR_UNCHECKED(
      "%s receives a Cursor through %s, which nothing checks: only the \"cursor\" query parameter"
          + " of an enveloped method paged by cursor has its signature checked before the method"
          + " runs, and Cursor.valueOf reads any text of the right shape.",
      "Make it {QUERY_PARAMETER}(\"cursor\") of an @Enveloped @Paginated method in the bare or"
          + " vendor style, or receive a String."),
  PAGING_POSITION_WITHOUT_DEFAULT(
      "The \"%s\" parameter of %s has no {DEFAULT_VALUE}, so a request for the first page, which"
          + " sends none, would %s.",
      "Give it the first page's: {DEFAULT_VALUE}(\"%s\")."),
  PAGING_LIMIT_WITHOUT_DEFAULT(
      "The \"%s\" parameter of %s has no {DEFAULT_VALUE}, so a request without one would %s.",
      "Give the page size such requests get, for example {DEFAULT_VALUE}(\"25\")."),
  PAGING_LIMIT_DEFAULT_OUT_OF_RANGE(
      "{DEFAULT_VALUE}(\"%s\") of the \"%s\" parameter of %s is not a page size from 1 to the"
          + " maxLimit %d.",
      "Give a whole number in that range."),
  PAGING_PAGE_DEFAULT_NOT_ONE(
      "{DEFAULT_VALUE}(\"%s\") of the \"page\" parameter of %s: the first page is page 1.",
      "Remove the {DEFAULT_VALUE}, or make it \"1\"."),
  PAGING_OFFSET_DEFAULT_NOT_ZERO(
      "{DEFAULT_VALUE}(\"%s\") of the \"%s\" parameter of %s: the first page starts at 0.",
      "Remove the {DEFAULT_VALUE}, or make it \"0\"."),

  STYLE_CHOOSES_NOTHING(
      "@EnvelopeStyle on %s chooses the style of nothing: it is not an enveloped resource or"
          + " method, the @EnvelopeApi type, or a class or package that holds resources.",
      "Move @EnvelopeStyle to the enveloped {RESOURCE_CLASS} or method it should apply to (a"
          + " base class's or interface's style does not reach the concrete @Enveloped class that"
          + " inherits its methods: put it on that class), or remove it."),

  // The vendor style.
  VENDOR_CONVENTION_MISSING(
      "%s answers in the vendor style, but the API declares no @VendorConvention, so there is no"
          + " media type to answer in.",
      "Add @VendorConvention(vendor = ..., version = ..., errorDocumentation = ...) to the"
          + " @EnvelopeApi type."),
  VENDOR_NAME_MALFORMED(
      "@VendorConvention(vendor = \"%s\") cannot stand in a media type such as"
          + " application/vnd.<vendor>.v2+json.",
      "Use lower-case letters and digits, starting with a letter."),
  VENDOR_VERSION_TOO_SMALL(
      "@VendorConvention(version = %d): versions start at 1.", "Give the version the API answers."),
  VENDOR_DOCUMENTATION_NOT_URL(
      "@VendorConvention(errorDocumentation = \"%s\") is not an absolute http or https URL to"
          + " which an error code can be added.",
      "Give the address of the error documentation, such as"
          + " \"https://developer.example.com/errors/\"."),
  VENDOR_DECLARATION_OUTSIDE_VENDOR(
      "%s declares views or related records, which only the vendor style answers.",
      "Remove them, or choose "
          + Conventions.answeringViewsAndRelated().annotation()
          + " for the method."),
  RELATED_OUTSIDE_VENDOR(
      "%s returns Related, whose related records only the vendor style answers.",
      "Return the data itself, or choose "
          + Conventions.answeringViewsAndRelated().annotation()
          + " for the method."),
  VIEW_NAME_INVALID(
      "@Views of %2$s names \"%1$s\"; a view is a snake_case word, named once, and \"default\""
          + " is every method's already.",
      "Rename or remove it."),
  VENDOR_QUERY_DECLARATION_NOT_ON_GET(
      "%s declares views or related records but answers %s; only a {HTTP_GET} query takes ?view= or"
          + " ?include=.",
      "Make it a {HTTP_GET} method, or remove @Views and @Include."),
  INCLUDE_TYPE_NOT_A_RECORD_TYPE(
      "@Include(name = \"%s\") of %s gives the type %s, which cannot be a related record.",
      "Give the class of one related record, such as Account.class."),
  VIEW_DEFAULT_NOT_OFFERED(
      "{DEFAULT_VALUE}(\"%s\") of the \"view\" parameter of %s names a view the method does not"
          + " offer, so a request without ?view= would get one it cannot ask for.",
      "Make it \"default\" or one of the method's @Views."),
  VIEWS_PARAMETER_MISSING(
      "%s declares @Views but has no String parameter for the query parameter \"view\", so it"
          + " cannot receive the view a request chose.",
      "Add the parameter {QUERY_PARAMETER}(\"view\") {DEFAULT_VALUE}(\"default\") String view."),
  INCLUDE_NAME_INVALID(
      "@Include(name = \"%s\") of %s: a related record's name is a snake_case word, named once,"
          + " and not data or request_id, which the answer uses.",
      "Rename it."),
  INCLUDE_WITHOUT_RELATED(
      "%s declares @Include but returns %s, which cannot carry related records.",
      "Return Related<...>: Related.of(data).with(\"name\", records)."),
  RELATED_WITHOUT_INCLUDE(
      "%s returns Related but declares no @Include, so no request may ask for its records.",
      "Declare each related record with @Include(name = ..., type = ...), or return the data"
          + " itself."),

  // Error declarations.
  API_ERROR_NOT_THROWABLE(
      "@ApiError is on %s, which is not an exception.",
      "Put it on a class that extends RuntimeException or Exception."),
  ERROR_STATUS_OUT_OF_RANGE(
      "%s declares status %d for %s, which is not an error status.",
      "Use a status from 400 to 599."),
  ERROR_CODE_WITHOUT_MESSAGE(
      "%s gives %s the code %d but no message.",
      "Add message = \"...\" with the code's text, or remove the code to use the status's."),
  ERROR_CODE_MALFORMED(
      "%s on %s gives the errorCode \"%s\"; an error code is one word of letters, digits and"
          + " underscores.",
      "Write it like NOT_FOUND or record_not_found, or leave it empty for the status's code."),
  ERROR_MESSAGE_WITHOUT_CODE(
      "%s gives %s a message but no code.",
      "Add code = ... for the message, or remove the message to use the status's code."),
  CODE_NEGATIVE("%s declares the API code %d, which is negative.", "Use a code of 0 or more."),
  CODE_WITH_TWO_MESSAGES(
      "API code %d has two messages, \"%s\" and \"%s\"; a code means one thing.",
      "Give both the same message, or use another code."),
  ERROR_CLASS_HIDDEN_FROM_MAPPER(
      "%s is %s, so the exception mapper generated in %s cannot name it.",
      "Make the exception class public, or move it into the package of the @EnvelopeApi type."),
  MAP_EXCEPTION_CATCHES_ALL(
      "@MapException maps %s, which would answer every failure, the server's own bugs among them,"
          + " with its status instead of a logged 500.",
      "Map the exceptions that mean something to clients, one by one."),
  EXCEPTION_DECLARED_TWICE(
      "%s is declared twice, by %s and by %s.", "Keep one of the declarations."),

  // The API type and its code table.
  DECLARATION_OFF_API_TYPE(
      "@%s is on %s, which is not the @EnvelopeApi type; API-wide declarations count only there.",
      "Move the declaration to the @EnvelopeApi type; if the API has none yet, add @EnvelopeApi to"
          + " %s."),
  TWO_API_TYPES(
      "@EnvelopeApi is on both %s and %s; an API has one.",
      "Keep one and move the other's declarations to it."),
  RESPONSE_CODE_STATUS_OUT_OF_RANGE(
      "@ResponseCode(status = %d) is not an HTTP status.", "Use a status from 100 to 599."),
  RESPONSE_CODE_STATUS_TWICE(
      "Status %d has more than one @ResponseCode.",
      "Keep one row per status; give an exception a code of its own with @ApiError(code = ...)."),
  RESPONSE_CODE_EMPTY_MESSAGE(
      "@ResponseCode(status = %d, code = %d) has an empty message.",
      "Give the code's text, for example message = \"Request OK\"."),
  NO_API_PACKAGE(
      "Enveloped resources are in packages with no common parent (%s and %s), so there is no"
          + " package to write {SETUP_CLASS} into.",
      "Put @EnvelopeApi on one type, such as your Application class; the API-wide sources go into"
          + " its package."),

  // The build.
  FRAMEWORKS_MIXED(
      "%s is written for %s, but %s in the same compilation is written for %s; Envelopes"
          + " generates the glue of one web framework per compilation.",
      "Compile the resources of each framework in a module of their own, or serve them all with"
          + " one framework."),
  MISSING_LIBRARY(
      "Envelopes generates code that uses %s, which is not on the compile classpath.",
      "Add the dependency %s."),
  GENERATED_NAME_TAKEN(
      "Envelopes would generate %s for %s, but a type of that name already exists.",
      "Rename the existing type or the resource."),
  GENERATED_NAMES_COLLIDE(
      "Envelopes would generate %s for %s, but it generates %s for %s: %s.",
      "Rename %s; the generated names are made of the {RESOURCE_CLASS}'s and the method's."),
  RESOURCE_AFTER_API_WRITTEN(
      "%s appeared in a later round of annotation processing, after Envelopes had written the"
          + " API-wide sources.",
      "Write the resource by hand, or generate it in the first round."),
  INTERNAL_ERROR(
      "Envelopes failed while processing %s: %s.",
      "This is a bug in Envelopes, not in your code; please report it with this message.");

  /** {@code {QUERY_PARAMETER}("name")}, maybe followed by {@code {DEFAULT_VALUE}("value")}. */
  private static final Pattern QUERY_ANNOTATIONS =
      Pattern.compile(
          "\\{QUERY_PARAMETER\\}\\(\"([^\"]*)\"\\)"
              + "(?: \\{DEFAULT_VALUE\\}\\(\"([^\"]*)\"\\))?");

  /** {@code {DEFAULT_VALUE}("value")}. */
  private static final Pattern DEFAULT_VALUE =
      Pattern.compile("\\{DEFAULT_VALUE\\}\\(\"([^\"]*)\"\\)");

  /** How the compiler is told: an error, or a warning for what builds but is not complete. */
  public enum Kind {
    ERROR,
    WARNING
  }

  private final Kind kind;
  private final String problem;
  private final String fix;

  Diagnostic(String problem, String fix) {
    this(Kind.ERROR, problem, fix);
  }

  Diagnostic(Kind kind, String problem, String fix) {
    this.kind = kind;
    this.problem = problem;
    this.fix = fix;
  }

  /** Whether it is an error or a warning. */
  public Kind kind() {
    return kind;
  }

  /**
   * What is wrong, in the words of {@code words}, with {@code %s} and {@code %d} where the details
   * go.
   */
  public String problem(FrameworkWords words) {
    return inWordsOf(words, problem);
  }

  /** How to fix it, with placeholders continuing those of {@link #problem}. */
  public String fix(FrameworkWords words) {
    return inWordsOf(words, fix);
  }

  /** The full message for the given details: what is wrong, then how to fix it. */
  public String format(FrameworkWords words, Object... arguments) {
    return String.format(Locale.ROOT, problem(words) + " " + fix(words), arguments);
  }

  /**
   * {@code text} with each framework term in it replaced by the word of {@code words}; a query
   * parameter's annotations and a default value with their values, which frameworks write in
   * different ways, are asked of {@code words} whole.
   */
  private static String inWordsOf(FrameworkWords words, String text) {
    String worded =
        QUERY_ANNOTATIONS
            .matcher(text)
            .replaceAll(
                found ->
                    Matcher.quoteReplacement(
                        words.queryAnnotations(
                            found.group(1), Optional.ofNullable(found.group(2)))));
    worded =
        DEFAULT_VALUE
            .matcher(worded)
            .replaceAll(found -> Matcher.quoteReplacement(words.defaultValue(found.group(1))));
    for (FrameworkWords.Term term : FrameworkWords.Term.values()) {
      worded = worded.replace(term.placeholder(), words.word(term));
    }
    return worded;
  }
}
