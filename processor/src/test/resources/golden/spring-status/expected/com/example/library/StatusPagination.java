package com.example.library;

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
 * The {@code pagination} object of a paged success in the status envelope.
 *
 * @param totalCount the number of records on all pages
 * @param currentPage the page answered, from 1
 * @param totalPages the number of pages
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"total_count", "current_page", "total_pages"})
@JsonSerialize(
        using = StatusPagination.Json.class
)
public record StatusPagination(@JsonProperty("total_count") long totalCount,
        @JsonProperty("current_page") long currentPage,
        @JsonProperty("total_pages") long totalPages) {
    /**
     * Writes {@link StatusPagination} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<StatusPagination> {
        private static final SerializedString TOTAL_COUNT = new SerializedString("total_count");

        private static final SerializedString CURRENT_PAGE = new SerializedString("current_page");

        private static final SerializedString TOTAL_PAGES = new SerializedString("total_pages");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(StatusPagination.class);
        }

        @Override
        public void serialize(StatusPagination value, JsonGenerator gen,
                SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(StatusPagination value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(TOTAL_COUNT);
            gen.writeNumber(value.totalCount());
            gen.writeName(CURRENT_PAGE);
            gen.writeNumber(value.currentPage());
            gen.writeName(TOTAL_PAGES);
            gen.writeNumber(value.totalPages());
            gen.writeEndObject();
        }
    }
}
