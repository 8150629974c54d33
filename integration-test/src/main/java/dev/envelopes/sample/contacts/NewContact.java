package dev.envelopes.sample.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * What a client sends to create or update a contact.
 *
 * @param fullName the name it goes by
 * @param email where to write to it
 */
public record NewContact(@NotBlank String fullName, @NotBlank @Email String email) {}
