package dev.envelopes.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * One line of a {@link Quote}.
 *
 * @param description what is sold
 * @param priceCents its price in cents, {@code price_cents} in JSON
 */
public record QuoteLine(
    @NotBlank String description, @JsonProperty("price_cents") @Positive long priceCents) {}
