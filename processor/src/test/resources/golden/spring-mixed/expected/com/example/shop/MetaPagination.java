package com.example.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The {@code pagination} object of a paged answer in the meta envelope: absolute links to the pages
 * around this one.
 *
 * @param next the page after this one, or {@code null} on the last page
 * @param prev the records just before this page, never overlapping it, or {@code null} on the first page
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"next", "prev"})
@JsonSerialize(
        using = MetaPagination.Json.class
)
public record MetaPagination(@JsonProperty("next") URI next, @JsonProperty("prev") URI prev) {
    /**
     * Writes {@link MetaPagination} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<MetaPagination> {
        private static final SerializedString NEXT = new SerializedString("next");

        private static final SerializedString PREV = new SerializedString("prev");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(MetaPagination.class);
        }

        @Override
        public void serialize(MetaPagination value, JsonGenerator gen,
                SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(MetaPagination value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(NEXT);
            if (value.next() == null) {
                gen.writeNull();
            } else {
                gen.writeString(value.next().toString());
            }
            gen.writeName(PREV);
            if (value.prev() == null) {
                gen.writeNull();
            } else {
                gen.writeString(value.prev().toString());
            }
            gen.writeEndObject();
        }
    }
}
