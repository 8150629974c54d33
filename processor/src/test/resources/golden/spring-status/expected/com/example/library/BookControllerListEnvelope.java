package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.envelopes.PageTotals;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The status envelope of the answer of {@link BookController#list(long, int)}.
 *
 * @param status always {@code "success"}
 * @param data the records of this page
 * @param pagination the totals of the result and the page answered
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "pagination"})
@JsonSerialize(
        using = BookControllerListEnvelope.Json.class
)
public record BookControllerListEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") List<Book> data, @JsonProperty("pagination") PageTotals pagination) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookControllerListEnvelope success(List<Book> data, PageTotals pagination) {
        return new BookControllerListEnvelope("success", data, pagination);
    }

    /**
     * Writes {@link BookControllerListEnvelope}, the answer of {@link BookController#list(long, int)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<BookControllerListEnvelope> {
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
            super(BookControllerListEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = BookControllerJson.writesBookAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(BookControllerListEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeName(BookControllerJson.STATUS);
            gen.writeString(value.status());
            if (direct) {
                gen.writeName(BookControllerJson.DATA);
                if (value.data() == null) {
                    gen.writeNull();
                } else {
                    gen.writeStartArray();
                    for (var element : value.data()) {
                        BookControllerJson.writeBook(element, gen);
                    }
                    gen.writeEndArray();
                }
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            gen.writeName(BookControllerJson.PAGINATION);
            BookControllerJson.writePageTotals(value.pagination(), gen);
            gen.writeEndObject();
        }
    }
}
