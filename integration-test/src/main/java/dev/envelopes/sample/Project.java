package dev.envelopes.sample;

/**
 * A project: a named list of tasks that belongs to one user.
 *
 * @param id the project's id
 * @param name its name, unique among all projects
 * @param owner the user who owns it
 */
public record Project(long id, String name, String owner) {}
