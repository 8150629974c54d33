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
 * One entry of the details of a 400 Bad Request in the meta envelope.
 *
 * @param field the field, query parameter or header at fault, or {@code null} when the problem concerns
 *     no single one
 * @param message what is wrong with it
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"field", "message"})
@JsonSerialize(
        using = MetaFieldError.Json.class
)
public record MetaFieldError(@JsonProperty("field") String field,
        @JsonProperty("message") String message) {
    /**
     * Writes {@link MetaFieldError} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<MetaFieldError> {
        private static final SerializedString FIELD = new SerializedString("field");

        private static final SerializedString MESSAGE = new SerializedString("message");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(MetaFieldError.class);
        }

        @Override
        public void serialize(MetaFieldError value, JsonGenerator gen,
                SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(MetaFieldError value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(FIELD);
            gen.writeString(value.field());
            gen.writeName(MESSAGE);
            gen.writeString(value.message());
            gen.writeEndObject();
        }
    }
}
