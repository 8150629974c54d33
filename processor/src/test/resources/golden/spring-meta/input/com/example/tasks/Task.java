package com.example.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A task of a project, snake_case on the wire as the meta envelope asks.
 *
 * @param id the task's id
 * @param projectId the project it belongs to
 * @param title what is to be done
 * @param done whether it is done
 */
public record Task(
    long id, @JsonProperty("project_id") long projectId, String title, boolean done) {}
