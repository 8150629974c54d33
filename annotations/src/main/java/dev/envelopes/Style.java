package dev.envelopes;

/**
 * The response conventions Envelopes can answer in. Choose one with {@link EnvelopeStyle}; without
 * one, a resource answers in {@link #META}.
 */
public enum Style {

  /**
   * Every response, success or error, is one snake_case object with the keys {@code success, code,
   * message, status_code, status_message, detailed, data, count, pagination}. Paged by {@code
   * offset} and {@code limit}, with links to the next and previous page.
   */
  META,

  /**
   * No envelope on success: a read answers the record itself, a list a JSON array, a query that
   * finds nothing {@code 204 No Content}, a create {@code {"id": ...}}, an update or delete an
   * empty {@code 200}. A paged query answers {@code {cursor, count, totalRecordCount,
   * hasMoreRecords, data}}, paged by an opaque {@link Cursor} and {@code limit}. Errors are {@code
   * {errorCode, errorMessage}}; keys are camelCase.
   */
  BARE,

  /**
   * Every response is an object whose {@code status} is {@code success}, {@code failure} or {@code
   * error}. Success carries {@code data}, and {@code pagination: {total_count, current_page,
   * total_pages}} when paged by {@code page} and {@code per_page}; a failure of the request's input
   * answers 422 with {@code errors: [{attribute_name, messages}]}; an error carries {@code message}
   * and {@code errors}. Keys are snake_case.
   */
  STATUS,

  /**
   * A vendor API with a versioned media type, such as {@code application/vnd.flow.v2+json}, which
   * {@link VendorConvention} declares: requests name the version in {@code Accept} or as a {@code
   * /v2} path prefix. Success answers {@code {data, ..., request_id}}, with related records the
   * request asked for ({@code ?include=}, see {@link Include}) beside {@code data}; errors answer
   * {@code {request_uuid, status: "error", errors: [{message, code, link, description,
   * attribute}]}}. Paged by {@code cursor} and {@code limit} with a {@code Link} header to the next
   * page; named {@link Views} are chosen with {@code ?view=}. Keys are snake_case.
   */
  VENDOR
}
