package dev.envelopes.sample;

import dev.envelopes.EnvelopeStyle;
import dev.envelopes.Enveloped;
import dev.envelopes.Style;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks price quotes, and keeps none: the same body in each style, to show how each names the
 * fields of a body that does not validate, by the names they have in JSON; as {@code
 * QuoteResource}.
 */
@RestController
@RequestMapping("/quotes")
@Enveloped
public class QuoteController {

  /** Checks {@code quote}, answering in the meta envelope. */
  @PutMapping("/meta")
  public void check(@RequestBody @Valid Quote quote) {}

  /** Checks {@code quote}, answering in the bare style. */
  @PutMapping("/bare")
  @EnvelopeStyle(Style.BARE)
  public void checkBare(@RequestBody @Valid Quote quote) {}

  /** Checks {@code quote}, answering in the status envelope. */
  @PutMapping("/status")
  @EnvelopeStyle(Style.STATUS)
  public void checkStatus(@RequestBody @Valid Quote quote) {}

  /** Checks {@code quote}, answering in the vendor style. */
  @PutMapping("/vendor")
  @EnvelopeStyle(Style.VENDOR)
  public void checkVendor(@RequestBody @Valid Quote quote) {}
}
