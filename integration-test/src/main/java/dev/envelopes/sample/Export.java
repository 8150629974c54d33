package dev.envelopes.sample;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An export of a project that has started.
 *
 * @param projectId the project being exported
 * @param startedAt when the export started, as an ISO-8601 instant
 */
public record Export(
    @JsonProperty("project_id") long projectId, @JsonProperty("started_at") String startedAt) {}
