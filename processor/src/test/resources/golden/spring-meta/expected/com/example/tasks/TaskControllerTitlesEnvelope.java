package com.example.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The meta envelope of the answer of {@link TaskController#titles(long)}: the records it returned.
 *
 * @param success always {@code true}: the request succeeded
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed always {@code null} on success
 * @param data the records the method returned
 * @param count the number of records in {@code data}
 * @param pagination always {@code null} for an answer that is not paged
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
@JsonSerialize(
        using = TaskControllerTitlesEnvelope.Json.class
)
public record TaskControllerTitlesEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") List<String> data,
        @JsonProperty("count") int count, @JsonProperty("pagination") Void pagination) {
    /**
     * Writes {@link TaskControllerTitlesEnvelope}, the answer of {@link TaskController#titles(long)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<TaskControllerTitlesEnvelope> {
        /**
         * Whether the mapper this serializer was made for writes the payload's records as this class
         * does.
         */
        private final boolean direct;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}, before it knows the mapper.
         */
        public Json() {
            this(false);
        }

        private Json(boolean direct) {
            super(TaskControllerTitlesEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = TaskControllerJson.writesStringAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(TaskControllerTitlesEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeName(TaskControllerJson.SUCCESS);
            gen.writeBoolean(value.success());
            gen.writeName(TaskControllerJson.CODE);
            gen.writeNumber(value.code());
            gen.writeName(TaskControllerJson.MESSAGE);
            gen.writeString(value.message());
            gen.writeName(TaskControllerJson.STATUS_CODE);
            gen.writeNumber(value.statusCode());
            gen.writeName(TaskControllerJson.STATUS_MESSAGE);
            gen.writeString(value.statusMessage());
            gen.writeName(TaskControllerJson.DETAILED);
            gen.writeNull();
            if (direct) {
                gen.writeName(TaskControllerJson.DATA);
                if (value.data() == null) {
                    gen.writeNull();
                } else {
                    gen.writeStartArray();
                    for (var element : value.data()) {
                        gen.writeString(element);
                    }
                    gen.writeEndArray();
                }
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            gen.writeName(TaskControllerJson.COUNT);
            gen.writeNumber(value.count());
            gen.writeName(TaskControllerJson.PAGINATION);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
