package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The status envelope of the answer of {@link BookController#hold(long)}.
 *
 * @param status always {@code "success"}
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data"})
@JsonSerialize(
        using = BookControllerHoldEnvelope.Json.class
)
public record BookControllerHoldEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") Book data) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static BookControllerHoldEnvelope success(Book data) {
        return new BookControllerHoldEnvelope("success", data);
    }

    /**
     * Writes {@link BookControllerHoldEnvelope}, the answer of {@link BookController#hold(long)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<BookControllerHoldEnvelope> {
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
            super(BookControllerHoldEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = BookControllerJson.writesBookAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(BookControllerHoldEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeName(BookControllerJson.STATUS);
            gen.writeString(value.status());
            if (direct) {
                gen.writeName(BookControllerJson.DATA);
                BookControllerJson.writeBook(value.data(), gen);
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            gen.writeEndObject();
        }
    }
}
