package com.example.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a request that adds a task to a project.
 *
 * @param title what is to be done
 */
public record NewTask(@NotBlank @Size(max = 200) String title) {}
