package dev.envelopes.bench.sample;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.Style;
import dev.envelopes.bench.items.Endpoints;
import java.util.List;
import java.util.Map;

/**
 * One of the sample API's GET endpoints the HTTP benchmark loads on both sides: a single record, a
 * list and a page in each style where the sample has one (its meta and vendor resources answer no
 * unpaged list; the meta style has two pages instead), each page in the middle of its records, so
 * that it links to its neighbours.
 *
 * @param style the style the sample answers it in
 * @param payload what it answers, for the report
 * @param path its path and query under a side, without a leading slash
 * @param headers the request headers the benchmark sends
 */
public record SampleEndpoint(
    Style style, String payload, String path, Map<String, String> headers) {

  /** What a vendor client accepts: the vendor media type of the version the sample answers. */
  private static final Map<String, String> VENDOR_ACCEPT =
      Map.of("Accept", "application/vnd.flow.v2+json");

  /** The benchmarked endpoints, style by style. */
  public static final List<SampleEndpoint> ALL =
      List.of(
          new SampleEndpoint(Style.META, "one project", "projects/1", Map.of()),
          new SampleEndpoint(
              Style.META, "page of 2 of 6 projects", "projects?offset=2&limit=2", Map.of()),
          new SampleEndpoint(Style.META, "page of a project's tasks", "projects/1/tasks", Map.of()),
          new SampleEndpoint(
              Style.BARE, "one contact", "contacts/00000000-0000-0000-0000-000000000001", Map.of()),
          new SampleEndpoint(Style.BARE, "list of 4 contacts", "contacts/search?name=o", Map.of()),
          new SampleEndpoint(
              Style.BARE,
              "page of 2 of 5 contacts",
              "contacts?cursor="
                  + cursor("dev.envelopes.sample.contacts.ContactResource.list", 2, Map.of())
                  + "&limit=2",
              Map.of()),
          new SampleEndpoint(Style.STATUS, "one note", "notes/1", Map.of()),
          new SampleEndpoint(Style.STATUS, "list of 5 notes", "notes/search?text=e", Map.of()),
          new SampleEndpoint(
              Style.STATUS, "page of 2 of 5 notes", "notes?page=2&per_page=2", Map.of()),
          new SampleEndpoint(Style.VENDOR, "one list", "v2/lists/1", VENDOR_ACCEPT),
          new SampleEndpoint(
              Style.VENDOR,
              "page of 2 of 4 lists, owners side-loaded",
              "v2/lists?workspace_id=52&include=accounts&cursor="
                  + cursor(
                      "dev.envelopes.sample.flow.ListResource.list",
                      1,
                      Map.of("workspace_id", List.of("52"), "include", List.of("accounts")))
                  + "&limit=2",
              VENDOR_ACCEPT));

  /** The path of this endpoint on {@code side}, without a leading slash. */
  public String path(String side) {
    return side + "/" + path;
  }

  /**
   * A cursor both sides accept, of {@code endpoint} (which the runtime side imitates), at {@code
   * offset} of the records that {@code filters} select.
   */
  private static String cursor(String endpoint, long offset, Map<String, List<String>> filters) {
    return CursorKey.forEndpoint(
            Map.<String, Object>of(CursorKey.PROPERTY, Endpoints.CURSOR_KEY)::get, endpoint)
        .seal(new Cursor(offset), Map.of(), filters);
  }
}
