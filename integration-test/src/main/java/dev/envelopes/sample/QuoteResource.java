package dev.envelopes.sample;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Style;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * Checks price quotes, and keeps none: the same body in each style, to show how each names the
 * fields of a body that does not validate, by the names they have in JSON.
 */
@Path("/quotes")
@Enveloped
public class QuoteResource {

  /** Checks {@code quote}, answering in the meta envelope. */
  @PUT
  @Path("meta")
  public void check(@Valid @NotNull Quote quote) {}

  /** Checks {@code quote}, answering in the bare style. */
  @PUT
  @Path("bare")
  @EnvelopeStyle(Style.BARE)
  public void checkBare(@Valid @NotNull Quote quote) {}

  /** Checks {@code quote}, answering in the status envelope. */
  @PUT
  @Path("status")
  @EnvelopeStyle(Style.STATUS)
  public void checkStatus(@Valid @NotNull Quote quote) {}

  /** Checks {@code quote}, answering in the vendor style. */
  @PUT
  @Path("vendor")
  @EnvelopeStyle(Style.VENDOR)
  public void checkVendor(@Valid @NotNull Quote quote) {}
}
