package com.example.catalog;

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
 * The meta envelope of the answer of {@link BookResource#classics()}: the records it returned.
 *
 * @param success always {@code true}: the request succeeded
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed always {@code null} on success
 * @param data the records the method returned
 * @param count the number of records in {@code data}
 * @param pagination always {@code null} for an answer that is not paged
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
@JsonSerialize(
        using = BookResourceClassicsEnvelope.Json.class
)
public record BookResourceClassicsEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") Void detailed, @JsonProperty("data") List<Book> data,
        @JsonProperty("count") int count, @JsonProperty("pagination") Void pagination) {
    /**
     * Writes {@link BookResourceClassicsEnvelope}, the answer of {@link BookResource#classics()}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<BookResourceClassicsEnvelope> implements ContextualSerializer {
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
            super(BookResourceClassicsEnvelope.class);
            this.direct = direct;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider,
                BeanProperty property) throws JsonMappingException {
            boolean direct = BookResourceJson.writesBookAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(BookResourceClassicsEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeFieldName(BookResourceJson.SUCCESS);
            gen.writeBoolean(value.success());
            gen.writeFieldName(BookResourceJson.CODE);
            gen.writeNumber(value.code());
            gen.writeFieldName(BookResourceJson.MESSAGE);
            gen.writeString(value.message());
            gen.writeFieldName(BookResourceJson.STATUS_CODE);
            gen.writeNumber(value.statusCode());
            gen.writeFieldName(BookResourceJson.STATUS_MESSAGE);
            gen.writeString(value.statusMessage());
            gen.writeFieldName(BookResourceJson.DETAILED);
            gen.writeNull();
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
            gen.writeFieldName(BookResourceJson.COUNT);
            gen.writeNumber(value.count());
            gen.writeFieldName(BookResourceJson.PAGINATION);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
