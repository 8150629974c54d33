package dev.envelopes.sample.flow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A member of a workspace, side-loaded with the activities they did.
 *
 * @param id its id
 * @param name the person's name
 * @param joinedOn the day they joined
 * @param lastSeenAt when they were last seen, if ever
 */
public record Member(
    long id,
    String name,
    @JsonProperty("joined_on") LocalDate joinedOn,
    @JsonProperty("last_seen_at") OffsetDateTime lastSeenAt) {}
