package com.example.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * Who a new task is for, named in JSON as the client knows it.
 *
 * @param displayName the name to show, {@code display_name} in JSON
 */
public record Assignee(@JsonProperty("display_name") @NotBlank String displayName) {}
