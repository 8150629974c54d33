package dev.envelopes.sample.contacts;

import java.util.UUID;

/**
 * A contact of the address book.
 *
 * @param contactId its id
 * @param fullName the name it goes by
 * @param email where to write to it
 * @param active whether it may still be changed
 */
public record Contact(UUID contactId, String fullName, String email, boolean active) {}
