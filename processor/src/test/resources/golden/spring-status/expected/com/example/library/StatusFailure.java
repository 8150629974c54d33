package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The {@code failure} answer of the status envelope: the request's input did not validate.
 *
 * @param status always {@code "failure"}
 * @param data the attributes at fault
 * @param message what went wrong
 * @param errors the attributes at fault
 * @param code the failure's code, left out when the exception declares none
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "message", "errors", "code"})
@JsonSerialize(
        using = StatusFailure.Json.class
)
public record StatusFailure(@JsonProperty("status") String status,
        @JsonProperty("data") List<StatusAttributeErrors> data,
        @JsonProperty("message") String message,
        @JsonProperty("errors") List<StatusAttributeErrors> errors,
        @JsonProperty("code") @JsonInclude(JsonInclude.Include.NON_NULL) String code) {
    /**
     * Writes {@link StatusFailure} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<StatusFailure> {
        private static final SerializedString STATUS = new SerializedString("status");

        private static final SerializedString MESSAGE = new SerializedString("message");

        private static final SerializedString CODE = new SerializedString("code");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(StatusFailure.class);
        }

        @Override
        public void serialize(StatusFailure value, JsonGenerator gen,
                SerializationContext provider) {
            gen.writeStartObject(value);
            gen.writeName(STATUS);
            gen.writeString(value.status());
            provider.defaultSerializeProperty("data", value.data(), gen);
            gen.writeName(MESSAGE);
            gen.writeString(value.message());
            provider.defaultSerializeProperty("errors", value.errors(), gen);
            if (value.code() != null) {
                gen.writeName(CODE);
                gen.writeString(value.code());
            }
            gen.writeEndObject();
        }
    }
}
