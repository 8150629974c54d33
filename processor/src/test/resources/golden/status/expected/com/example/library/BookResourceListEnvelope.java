package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The status envelope of the answer of {@link BookResource#list(long, int)}.
 *
 * @param status always {@code "success"}
 * @param data the records of this page
 * @param pagination the totals of the result and the page answered
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "pagination"})
@JsonSerialize(
        using = BookResourceListEnvelope.Json.class
)
public record BookResourceListEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") List<Book> data,
        @JsonProperty("pagination") BookResourceListEnvelope.Pagination pagination) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceListEnvelope success(List<Book> data, Pagination pagination) {
        return new BookResourceListEnvelope("success", data, pagination);
    }

    /**
     * Writes {@link BookResourceListEnvelope}, the answer of {@link BookResource#list(long, int)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<BookResourceListEnvelope> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;

        /**
         * Whether the mapper this serializer was made for writes the payload's records as this class
         * does.
         */
        private final boolean direct;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}, before it knows the mapper.
         */
        public Json() {
            this(false);
        }

        private Json(boolean direct) {
            super(BookResourceListEnvelope.class);
            this.direct = direct;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider,
                BeanProperty property) throws JsonMappingException {
            boolean direct = BookResourceJson.writesBookAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(BookResourceListEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeFieldName(BookResourceJson.STATUS);
            gen.writeString(value.status());
            if (direct) {
                gen.writeFieldName(BookResourceJson.DATA);
                if (value.data() == null) {
                    gen.writeNull();
                } else {
                    gen.writeStartArray();
                    for (var element : value.data()) {
                        BookResourceJson.writeBook(element, gen);
                    }
                    gen.writeEndArray();
                }
            } else {
                provider.defaultSerializeField("data", value.data(), gen);
            }
            gen.writeFieldName(BookResourceJson.PAGINATION);
            if (value.pagination() == null) {
                gen.writeNull();
            } else {
                Pagination.Json.write(value.pagination(), gen);
            }
            gen.writeEndObject();
        }
    }

    /**
     * The {@code pagination} of the answer: the totals and the page.
     *
     * @param totalCount the number of records on all pages
     * @param currentPage the page answered, from 1
     * @param totalPages the number of pages
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"total_count", "current_page", "total_pages"})
    @JsonSerialize(
            using = Pagination.Json.class
    )
    public record Pagination(@JsonProperty("total_count") long totalCount,
            @JsonProperty("current_page") long currentPage,
            @JsonProperty("total_pages") long totalPages) {
        /**
         * Writes {@link Pagination} with Jackson's streaming API, its keys in order.
         */
        public static final class Json extends StdSerializer<Pagination> {
            private static final long serialVersionUID = 1L;

            /**
             * The serializer Jackson creates for {@code @JsonSerialize}.
             */
            public Json() {
                super(Pagination.class);
            }

            @Override
            public void serialize(Pagination value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                write(value, gen);
            }

            /**
             * Writes {@code value}, which the record declaring this one holds.
             */
            static void write(Pagination value, JsonGenerator gen) throws IOException {
                gen.writeStartObject(value);
                gen.writeFieldName(BookResourceJson.TOTAL_COUNT);
                gen.writeNumber(value.totalCount());
                gen.writeFieldName(BookResourceJson.CURRENT_PAGE);
                gen.writeNumber(value.currentPage());
                gen.writeFieldName(BookResourceJson.TOTAL_PAGES);
                gen.writeNumber(value.totalPages());
                gen.writeEndObject();
            }
        }
    }
}
