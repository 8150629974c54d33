package dev.envelopes.sample.flow;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * What a client sends to create or change a list.
 *
 * @param name what it is called
 * @param workspaceId the workspace it belongs to
 * @param dueOn when it is due, if it is
 */
public record NewList(
    @NotBlank String name,
    @JsonProperty("workspace_id") @Positive long workspaceId,
    @JsonProperty("due_on") LocalDate dueOn) {}
