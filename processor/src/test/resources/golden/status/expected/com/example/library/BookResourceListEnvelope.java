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
import dev.envelopes.PageTotals;
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
        @JsonProperty("data") List<Book> data, @JsonProperty("pagination") PageTotals pagination) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookResourceListEnvelope success(List<Book> data, PageTotals pagination) {
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
            BookResourceJson.writePageTotals(value.pagination(), gen);
            gen.writeEndObject();
        }
    }
}
