package com.example.tasks;

import jakarta.validation.constraints.NotNull;

/**
 * The body of a request that changes a task.
 *
 * @param done whether it is done
 */
public record TaskChanges(@NotNull Boolean done) {}
