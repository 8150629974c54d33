package dev.envelopes.sample.contacts;

/**
 * A file attached to a contact.
 *
 * @param name its file name
 * @param size its size in bytes
 */
public record Attachment(String name, int size) {}
