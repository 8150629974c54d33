package com.example.board;

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
 * The status envelope of the answer of {@link ColumnResource#cards(long, int)}.
 *
 * @param status always {@code "success"}
 * @param data the records of this page
 * @param pagination the totals of the result and the page answered
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"status", "data", "pagination"})
@JsonSerialize(
        using = ColumnResourceCardsEnvelope.Json.class
)
public record ColumnResourceCardsEnvelope(@JsonProperty("status") String status,
        @JsonProperty("data") List<Card> data, @JsonProperty("pagination") PageTotals pagination) {
    /**
     * The {@code success} answer holding {@code data}.
     */
    public static ColumnResourceCardsEnvelope success(List<Card> data, PageTotals pagination) {
        return new ColumnResourceCardsEnvelope("success", data, pagination);
    }

    /**
     * Writes {@link ColumnResourceCardsEnvelope}, the answer of {@link ColumnResource#cards(long, int)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<ColumnResourceCardsEnvelope> {
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
            super(ColumnResourceCardsEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = ColumnResourceJson.writesCardAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(ColumnResourceCardsEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeName(ColumnResourceJson.STATUS);
            gen.writeString(value.status());
            if (direct) {
                gen.writeName(ColumnResourceJson.DATA);
                if (value.data() == null) {
                    gen.writeNull();
                } else {
                    gen.writeStartArray();
                    for (var element : value.data()) {
                        ColumnResourceJson.writeCard(element, gen);
                    }
                    gen.writeEndArray();
                }
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            gen.writeName(ColumnResourceJson.PAGINATION);
            ColumnResourceJson.writePageTotals(value.pagination(), gen);
            gen.writeEndObject();
        }
    }
}
