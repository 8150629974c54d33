package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import javax.annotation.processing.Generated;

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
        private static final long serialVersionUID = 1L;

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
                SerializerProvider provider) throws IOException {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(StatusPagination value, JsonGenerator gen) throws IOException {
            gen.writeStartObject(value);
            gen.writeFieldName(TOTAL_COUNT);
            gen.writeNumber(value.totalCount());
            gen.writeFieldName(CURRENT_PAGE);
            gen.writeNumber(value.currentPage());
            gen.writeFieldName(TOTAL_PAGES);
            gen.writeNumber(value.totalPages());
            gen.writeEndObject();
        }
    }
}
