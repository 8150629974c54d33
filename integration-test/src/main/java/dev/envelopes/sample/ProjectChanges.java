package dev.envelopes.sample;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a request that renames a project.
 *
 * @param name the new name
 */
public record ProjectChanges(@NotBlank @Size(max = 80) String name) {}
