package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#delete(long)}.
 *
 * @param status always {@code "success"}
 * @param data always {@code null}: the method answers no data
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
@JsonSerialize(
        using = BookResourceDeleteEnvelope.Json.class
)
public record BookResourceDeleteEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Void data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceDeleteEnvelope success() {
        return new BookResourceDeleteEnvelope("success", null);
    }

    /**
     * Writes {@link BookResourceDeleteEnvelope}, the answer of {@link BookResource#delete(long)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<BookResourceDeleteEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(BookResourceDeleteEnvelope.class);
        }

        @Override
        public void serialize(BookResourceDeleteEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(BookResourceDeleteEnvelope value, JsonGenerator gen) throws IOException {
            gen.writeStartObject(value);
            gen.writeFieldName(BookResourceJson.STATUS);
            gen.writeString(value.status());
            gen.writeFieldName(BookResourceJson.DATA);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
