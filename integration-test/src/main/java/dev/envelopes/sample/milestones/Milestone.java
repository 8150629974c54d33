package dev.envelopes.sample.milestones;

/**
 * A milestone of the sample's roadmap.
 *
 * @param id its id
 * @param name its name
 * @param done whether it is reached
 */
public record Milestone(long id, String name, boolean done) {}
