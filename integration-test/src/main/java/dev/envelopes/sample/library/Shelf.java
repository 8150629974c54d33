package dev.envelopes.sample.library;

/** A shelf of the library. */
public record Shelf(long id, String name) {}
