package dev.envelopes.sample.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to write a note.
 *
 * @param title what it is about
 * @param body what it says
 */
public record NewNote(@NotBlank @Size(max = 40) String title, @Size(max = 200) String body) {}
