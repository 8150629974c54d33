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
 * The status envelope of the answer of {@link BookController#update(long, Book)}.
 *
 * @param status always {@code "success"}
 * @param data always {@code null}: the method answers no data
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
@JsonSerialize(
        using = BookControllerUpdateEnvelope.Json.class
)
public record BookControllerUpdateEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Void data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookControllerUpdateEnvelope success() {
        return new BookControllerUpdateEnvelope("success", null);
    }

    /**
     * Writes {@link BookControllerUpdateEnvelope}, the answer of {@link BookController#update(long, Book)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<BookControllerUpdateEnvelope> {
        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(BookControllerUpdateEnvelope.class);
        }

        @Override
        public void serialize(BookControllerUpdateEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(BookControllerUpdateEnvelope value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(BookControllerJson.STATUS);
            gen.writeString(value.status());
            gen.writeName(BookControllerJson.DATA);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
