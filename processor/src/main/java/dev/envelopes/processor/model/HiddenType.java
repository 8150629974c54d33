package dev.envelopes.processor.model;

/**
 * A type in what a resource method returns that the code generated next to the resource cannot
 * name, such as a private nested record.
 *
 * @param name the type's qualified name
 * @param reach from where it may be named
 */
public record HiddenType(String name, Reach reach) {}
