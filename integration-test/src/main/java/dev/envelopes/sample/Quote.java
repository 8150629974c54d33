package dev.envelopes.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What a client sends for a price quote: names of its own in JSON, an object inside it and a list
 * of lines, so that a validation failure has a path of JSON names to answer.
 *
 * @param customerName who the quote is for, named by the mapper's naming strategy
 * @param shipTo where the goods go, {@code ship_to} in JSON
 * @param lines what is quoted, in order
 */
public record Quote(
    @NotBlank String customerName,
    @JsonProperty("ship_to") @Valid @NotNull Address shipTo,
    @NotEmpty List<@Valid QuoteLine> lines) {

  /**
   * Where the goods of a quote go.
   *
   * @param postalCode its postal code, {@code postal_code} in JSON
   */
  public record Address(@JsonProperty("postal_code") @NotBlank String postalCode) {}
}
