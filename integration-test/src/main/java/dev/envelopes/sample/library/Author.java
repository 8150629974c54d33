package dev.envelopes.sample.library;

/** An author of books. */
public record Author(long id, String name) {}
