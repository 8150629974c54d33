package dev.envelopes.sample.flow;

/**
 * A person's account, side-loaded with the lists they own.
 *
 * @param id its id
 * @param name the person's name
 */
public record Account(long id, String name) {}
