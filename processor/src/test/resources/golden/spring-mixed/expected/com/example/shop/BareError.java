package com.example.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The error body of the bare style, the same for every error.
 *
 * @param errorCode what went wrong, for programs: one of a fixed list of codes
 * @param errorMessage what went wrong, for people
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"errorCode", "errorMessage"})
@JsonSerialize(
        using = BareError.Json.class
)
public record BareError(@JsonProperty("errorCode") String errorCode,
        @JsonProperty("errorMessage") String errorMessage) {
    /**
     * Writes {@link BareError} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<BareError> {
        private static final SerializedString ERROR_CODE = new SerializedString("errorCode");

        private static final SerializedString ERROR_MESSAGE = new SerializedString("errorMessage");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(BareError.class);
        }

        @Override
        public void serialize(BareError value, JsonGenerator gen, SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(BareError value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(ERROR_CODE);
            gen.writeString(value.errorCode());
            gen.writeName(ERROR_MESSAGE);
            gen.writeString(value.errorMessage());
            gen.writeEndObject();
        }
    }
}
