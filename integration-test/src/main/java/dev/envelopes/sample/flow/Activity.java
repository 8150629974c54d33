package dev.envelopes.sample.flow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Something that happened on a list, with a date or time of each kind the vendor style writes as
 * ISO-8601 whatever the application's {@code ObjectMapper} does with dates.
 *
 * @param id its id
 * @param action what happened
 * @param memberId the member who did it
 * @param createdAt when it was recorded
 * @param scheduledFor when it is planned, at the planner's offset
 * @param startsAt when it starts, in the zone it takes place in
 * @param dueOn the day it is due, if it is
 * @param remindAt the time of day of its reminder
 * @param timeSpent how long it took
 * @param repeatsOn the days it is repeated on
 */
public record Activity(
    long id,
    String action,
    @JsonProperty("member_id") long memberId,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("scheduled_for") OffsetDateTime scheduledFor,
    @JsonProperty("starts_at") ZonedDateTime startsAt,
    @JsonProperty("due_on") LocalDate dueOn,
    @JsonProperty("remind_at") LocalTime remindAt,
    @JsonProperty("time_spent") Duration timeSpent,
    @JsonProperty("repeats_on") List<LocalDate> repeatsOn) {}
