package dev.envelopes.processor.write.openapi;

import dev.envelopes.RequestIds;
import dev.envelopes.processor.convention.Convention;
import dev.envelopes.processor.convention.ReasonPhrases;
import dev.envelopes.processor.plan.EndpointPlan;
import dev.envelopes.processor.plan.ErrorAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The responses of an operation, by status: its success (and 204 where nothing to answer is no
 * content, {@code 2XX} where the method's own response states the status), with its headers, then
 * one per status of its errors, with the style's error body and an example per error.
 */
final class Responses {

  private final EnvelopeSchemas envelopes;
  private final ErrorBodies errors;
  private final SharedComponents examples;
  private final SharedComponents shared;
  private final Optional<Wire> vendorWire;

  /**
   * The reference to each error response already made, by its status and groups: most operations of
   * a style answer the same errors, and making the response again, an example per error, for every
   * operation cost the operations times the errors (every declared exception is an error of every
   * operation).
   */
  private final Map<ErrorResponse, Map<String, Object>> errorResponses = new HashMap<>();

  /**
   * The error responses of each way of answering already met, by status: operations that answer
   * alike share one list of answers ({@link dev.envelopes.processor.plan.ErrorAnswers} makes each
   * once), and grouping its answers by status and finding their shared responses again for each of
   * them cost the operations times the errors once more.
   */
  private final Map<Answering, Map<Integer, Map<String, Object>>> answered = new HashMap<>();

  /**
   * Responses whose bodies {@code envelopes} and {@code errors} describe, sharing {@code examples}
   * and error responses ({@code shared}); {@code vendorWire}, the vendor style and its media type
   * where the API answers in it, answers the version filter's refusals of an operation of another
   * style whose requests the filter takes.
   */
  Responses(
      EnvelopeSchemas envelopes,
      ErrorBodies errors,
      SharedComponents examples,
      SharedComponents shared,
      Optional<Wire> vendorWire) {
    this.envelopes = envelopes;
    this.errors = errors;
    this.examples = examples;
    this.shared = shared;
    this.vendorWire = vendorWire;
  }

  /**
   * The vendor style's errors as the version filter answers them.
   *
   * @param convention the vendor style
   * @param mediaType the API's vendor media type
   */
  record Wire(Convention convention, String mediaType) {}

  /**
   * The responses of {@code operation}, answered in {@code mediaType}; every one carries an {@code
   * X-Request-Id} where it is a vendor operation or the version filter takes its requests.
   */
  Map<String, Object> of(
      Operation operation, String mediaType, boolean vendor, Map<String, Object> components) {
    EndpointPlan endpoint = operation.endpoint();
    boolean requestIds = vendor || operation.versionTaken();
    Map<String, Object> responses = new TreeMap<>();
    Map<String, Object> success = Schemas.object();
    int status = endpoint.successStatus();
    success.put(
        "description",
        endpoint.keepsResponseStatus()
            ? "The status the method's response states."
            : ReasonPhrases.of(status));
    Map<String, Object> headers = successHeaders(endpoint, vendor, requestIds);
    if (!headers.isEmpty()) {
      success.put("headers", headers);
    }
    envelopes
        .success(endpoint, components)
        .ifPresent(schema -> success.put("content", content(mediaType, schema, Optional.empty())));
    responses.put(endpoint.keepsResponseStatus() ? "2XX" : String.valueOf(status), success);
    if (answersNoContent(endpoint)) {
      Map<String, Object> empty = Schemas.object();
      empty.put("description", "Nothing to answer: no value, or no records.");
      if (requestIds) {
        empty.put("headers", requestIdHeader());
      }
      responses.put("204", empty);
    }
    answered
        .computeIfAbsent(
            new Answering(
                operation.errors(),
                operation.refusals(),
                endpoint.convention(),
                mediaType,
                requestIds),
            this::errorReferencesOf)
        .forEach(
            (errorStatus, response) ->
                responses.put(String.valueOf(errorStatus), new LinkedHashMap<>(response)));
    return responses;
  }

  /** The reference to each error response of {@code answering}, by status. */
  private Map<Integer, Map<String, Object>> errorReferencesOf(Answering answering) {
    Map<Integer, List<Group>> byStatus = new TreeMap<>();
    group(byStatus, answering.convention(), answering.mediaType(), answering.errors());
    if (!answering.refusals().isEmpty()) {
      vendorWire.ifPresent(
          wire -> group(byStatus, wire.convention(), wire.mediaType(), answering.refusals()));
    }
    String style = answering.convention().style().name().toLowerCase(Locale.ROOT);
    Map<Integer, Map<String, Object>> references = new TreeMap<>();
    byStatus.forEach(
        (errorStatus, groups) ->
            references.put(
                errorStatus,
                errorResponses.computeIfAbsent(
                    new ErrorResponse(errorStatus, groups, answering.requestIds()),
                    key ->
                        shared.refer(
                            style + "." + errorStatus,
                            error(errorStatus, groups, answering.requestIds())))));
    return references;
  }

  /**
   * How an operation answers errors: its answers, the very list (two equal lists made apart are two
   * ways, which answer alike), in {@code convention}'s style and {@code mediaType}, the version
   * filter's refusals it answers in the vendor style (the very list too), and whether every answer
   * carries an {@code X-Request-Id}.
   */
  private record Answering(
      List<ErrorAnswer> errors,
      List<ErrorAnswer> refusals,
      Convention convention,
      String mediaType,
      boolean requestIds) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Answering that
          && errors == that.errors
          && refusals == that.refusals
          && convention.equals(that.convention)
          && mediaType.equals(that.mediaType)
          && requestIds == that.requestIds;
    }

    @Override
    public int hashCode() {
      return Objects.hash(
          System.identityHashCode(errors),
          System.identityHashCode(refusals),
          convention,
          mediaType,
          requestIds);
    }
  }

  /**
   * What an error response is made of, so that equal ones are written once: the same status, groups
   * and request id header make the same response, and so the same shared component.
   */
  private record ErrorResponse(int status, List<Group> groups, boolean requestIds) {}

  /**
   * Errors of one style, answered in {@code mediaType}.
   *
   * @param convention the style
   * @param mediaType the media type of their bodies
   * @param answers the errors
   */
  record Group(Convention convention, String mediaType, List<ErrorAnswer> answers) {}

  /**
   * Adds {@code answers} to {@code byStatus}, one group per status. They come sorted by status, so
   * each status is taken as a run rather than answer by answer.
   */
  private static void group(
      Map<Integer, List<Group>> byStatus,
      Convention convention,
      String mediaType,
      List<ErrorAnswer> answers) {
    Map<Integer, List<ErrorAnswer>> statuses = new TreeMap<>();
    int start = 0;
    for (int end = 1; end <= answers.size(); end++) {
      int status = answers.get(start).status();
      if (end == answers.size() || answers.get(end).status() != status) {
        statuses
            .computeIfAbsent(status, key -> new ArrayList<>())
            .addAll(answers.subList(start, end));
        start = end;
      }
    }
    statuses.forEach(
        (status, own) ->
            byStatus
                .computeIfAbsent(status, key -> new ArrayList<>())
                .add(new Group(convention, mediaType, own)));
  }

  private Map<String, Object> error(int status, List<Group> groups, boolean everyRequestId) {
    Set<String> codes = new LinkedHashSet<>();
    Map<String, Object> content = Schemas.object();
    boolean requestIds = everyRequestId;
    for (Group group : groups) {
      requestIds |= group.convention().needsVendorDeclaration();
      String style = group.convention().style().name().toLowerCase(Locale.ROOT);
      Map<String, Object> byKey = new TreeMap<>();
      Set<String> seen = new HashSet<>();
      for (ErrorAnswer answer : group.answers()) {
        if (!answer.code().isEmpty()) {
          codes.add(answer.code());
        }
        String key = answer.code().isEmpty() ? answer.name() : answer.code();
        if (!seen.add(key)) {
          key = key + "." + answer.name();
        }
        Map<String, Object> example = Schemas.object();
        example.put("summary", answer.meaning());
        example.put("value", errors.example(group.convention(), answer));
        byKey.put(key, examples.refer(style + "." + answer.name(), example));
      }
      content.putAll(
          content(
              group.mediaType(), errors.schemaOf(group.convention(), status), Optional.of(byKey)));
    }
    Map<String, Object> response = Schemas.object();
    response.put(
        "description",
        ReasonPhrases.of(status) + (codes.isEmpty() ? "" : ": " + String.join(", ", codes)));
    if (requestIds) {
      response.put("headers", requestIdHeader());
    }
    response.put("content", content);
    return response;
  }

  private static boolean answersNoContent(EndpointPlan endpoint) {
    if (!endpoint.answersEmptyAsNoContent()) {
      return false;
    }
    return switch (endpoint.result()) {
      case SINGLE, OPTIONAL, MULTIPLE, PAGE -> true;
      default -> false;
    };
  }

  private static Map<String, Object> successHeaders(
      EndpointPlan endpoint, boolean vendor, boolean requestIds) {
    Map<String, Object> headers = new TreeMap<>();
    if (endpoint.location() != EndpointPlan.Location.NONE && !endpoint.keepsResponseStatus()) {
      headers.put(
          "Location",
          header(
              endpoint.location() == EndpointPlan.Location.NEW_RESOURCE
                  ? "The created resource: the request's path, then its id."
                  : "The modified resource: the request's path.",
              Schemas.typed("string", "uri-reference")));
    }
    if (vendor && endpoint.result() == EndpointPlan.Result.PAGE) {
      headers.put(
          "Link",
          header(
              "The next page (RFC 8288, rel=\"next\"); absent on the last page.",
              Schemas.typed("string", "")));
    }
    if (requestIds) {
      headers.putAll(requestIdHeader());
    }
    return headers;
  }

  private static Map<String, Object> requestIdHeader() {
    Map<String, Object> schema = Schemas.typed("string", "");
    schema.put("pattern", Parameters.REQUEST_ID_PATTERN);
    Map<String, Object> headers = Schemas.object();
    headers.put(
        RequestIds.HEADER,
        header("The request's id: its own when valid, else a new UUID.", schema));
    return headers;
  }

  private static Map<String, Object> header(String description, Map<String, Object> schema) {
    Map<String, Object> header = Schemas.object();
    header.put("description", description);
    header.put("schema", schema);
    return header;
  }

  private static Map<String, Object> content(
      String mediaType, Map<String, Object> schema, Optional<Map<String, Object>> examples) {
    Map<String, Object> media = Schemas.object();
    media.put("schema", schema);
    examples.ifPresent(values -> media.put("examples", values));
    Map<String, Object> content = Schemas.object();
    content.put(mediaType, media);
    return content;
  }
}
