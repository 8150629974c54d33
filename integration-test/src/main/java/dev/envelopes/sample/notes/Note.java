package dev.envelopes.sample.notes;

/**
 * A note.
 *
 * @param id its id
 * @param title what it is about
 * @param body what it says
 * @param locked whether it may no longer change
 */
public record Note(long id, String title, String body, boolean locked) {}
