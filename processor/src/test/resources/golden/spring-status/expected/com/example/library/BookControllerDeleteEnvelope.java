package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The status envelope of the answer of {@link BookController#delete(long)}.
 *
 * @param status always {@code "success"}
 * @param data always {@code null}: the method answers no data
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
@JsonSerialize(
        using = BookControllerDeleteEnvelope.Json.class
)
public record BookControllerDeleteEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Void data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookControllerDeleteEnvelope success() {
        return new BookControllerDeleteEnvelope("success", null);
    }

    /**
     * Writes {@link BookControllerDeleteEnvelope}, the answer of {@link BookController#delete(long)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<BookControllerDeleteEnvelope> {
        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(BookControllerDeleteEnvelope.class);
        }

        @Override
        public void serialize(BookControllerDeleteEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(BookControllerDeleteEnvelope value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(BookControllerJson.STATUS);
            gen.writeString(value.status());
            gen.writeName(BookControllerJson.DATA);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
