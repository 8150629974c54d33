package dev.envelopes.sample;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a request that creates a project.
 *
 * @param name the project's name, unique among all projects
 * @param owner the user who will own it
 */
public record NewProject(@NotBlank @Size(max = 80) String name, @NotBlank String owner) {}
