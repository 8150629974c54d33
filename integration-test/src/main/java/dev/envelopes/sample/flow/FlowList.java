package dev.envelopes.sample.flow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A list of work, which Flow's clients call a project.
 *
 * @param id its id
 * @param name what it is called
 * @param workspaceId the workspace it belongs to
 * @param ownerId the account that owns it
 * @param dueOn when it is due, if it is
 */
public record FlowList(
    long id,
    String name,
    @JsonProperty("workspace_id") long workspaceId,
    @JsonProperty("owner_id") long ownerId,
    @JsonProperty("due_on") LocalDate dueOn) {}
