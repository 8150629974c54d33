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
 * The {@code error} answer of the status envelope: the server could not process the request.
 *
 * @param status always {@code "error"}
 * @param message what went wrong
 * @param errors always empty
 * @param code the error's code, left out when the exception declares none
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "message", "errors", "code"})
@JsonSerialize(
        using = StatusError.Json.class
)
public record StatusError(@JsonProperty("status") String status,
        @JsonProperty("message") String message,
        @JsonProperty("errors") List<StatusAttributeErrors> errors,
        @JsonProperty("code") @JsonInclude(JsonInclude.Include.NON_NULL) String code) {
    /**
     * Writes {@link StatusError} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<StatusError> {
        private static final SerializedString STATUS = new SerializedString("status");

        private static final SerializedString MESSAGE = new SerializedString("message");

        private static final SerializedString CODE = new SerializedString("code");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(StatusError.class);
        }

        @Override
        public void serialize(StatusError value, JsonGenerator gen, SerializationContext provider) {
            gen.writeStartObject(value);
            gen.writeName(STATUS);
            gen.writeString(value.status());
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
