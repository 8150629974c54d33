package com.example.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a request that adds a task to a project.
 *
 * @param title what is to be done
 * @param assignee who it is for, if anyone: {@code assigned_to} in JSON
 */
public record NewTask(
    @NotBlank @Size(max = 200) String title,
    @JsonProperty("assigned_to") @Valid Assignee assignee) {}
