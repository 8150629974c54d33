package dev.envelopes.bench.spring.http;

import dev.envelopes.bench.http.Wrk;
import java.util.List;
import java.util.Map;

/**
 * One endpoint of the benchmarked controller ({@code ItemController}) that the HTTP benchmark loads
 * on both sides, at the same path.
 *
 * @param payload what it answers, for the report
 * @param path its path and query, without a leading slash
 * @param status the status it answers
 * @param load the request wrk sends
 */
public record SpringEndpoint(String payload, String path, int status, Wrk.Load load) {

  /** The body of a create. */
  public static final String NEW_ITEM = "{\"name\":\"a new item\",\"owner\":\"ada\"}";

  /** The benchmarked endpoints. */
  public static final List<SpringEndpoint> ALL =
      List.of(
          new SpringEndpoint("one item", "items/1", 200, Wrk.Load.get(Map.of())),
          new SpringEndpoint("list of 25 items", "items/first", 200, Wrk.Load.get(Map.of())),
          new SpringEndpoint(
              "page of 25 of 1,000 items",
              "items?offset=25&limit=25",
              200,
              Wrk.Load.get(Map.of())),
          new SpringEndpoint(
              "create: 201, Location",
              "items",
              201,
              new Wrk.Load("POST", Map.of("Content-Type", "application/json"), NEW_ITEM, true)),
          new SpringEndpoint(
              "declared error: 404", "items/0", 404, new Wrk.Load("GET", Map.of(), null, false)));
}
