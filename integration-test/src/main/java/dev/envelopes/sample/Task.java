package dev.envelopes.sample;

/**
 * A task of a project.
 *
 * @param id the task's id
 * @param projectId the project it belongs to
 * @param title what is to be done
 * @param done whether it is done
 */
public record Task(long id, long projectId, String title, boolean done) {}
