package dev.envelopes.sample;

import jakarta.validation.constraints.NotNull;

/**
 * The body of a request that marks a task done or not done.
 *
 * @param done whether the task is done
 */
public record TaskChanges(@NotNull Boolean done) {}
