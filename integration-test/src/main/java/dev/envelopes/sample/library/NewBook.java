package dev.envelopes.sample.library;

import jakarta.validation.constraints.NotBlank;

/** A book to put on a shelf. */
public record NewBook(@NotBlank String title) {}
