package com.example.shop.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.envelopes.Cursor;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The bare answer of {@link ContactController#list(Cursor, int)}: one page of its records.
 *
 * @param cursor the opaque cursor of the next page, or {@code null} on the last page
 * @param count the number of records on this page
 * @param totalRecordCount the number of records on all pages
 * @param hasMoreRecords whether a next page follows
 * @param data the records of this page
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"cursor", "count", "totalRecordCount", "hasMoreRecords", "data"})
@JsonSerialize(
        using = ContactControllerListEnvelope.Json.class
)
public record ContactControllerListEnvelope(@JsonProperty("cursor") String cursor,
        @JsonProperty("count") int count, @JsonProperty("totalRecordCount") long totalRecordCount,
        @JsonProperty("hasMoreRecords") boolean hasMoreRecords,
        @JsonProperty("data") List<Contact> data) {
    /**
     * Writes {@link ContactControllerListEnvelope}, the answer of {@link ContactController#list(Cursor, int)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<ContactControllerListEnvelope> {
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
            super(ContactControllerListEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = ContactControllerJson.writesContactAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(ContactControllerListEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            gen.writeName(ContactControllerJson.CURSOR);
            gen.writeString(value.cursor());
            gen.writeName(ContactControllerJson.COUNT);
            gen.writeNumber(value.count());
            gen.writeName(ContactControllerJson.TOTAL_RECORD_COUNT);
            gen.writeNumber(value.totalRecordCount());
            gen.writeName(ContactControllerJson.HAS_MORE_RECORDS);
            gen.writeBoolean(value.hasMoreRecords());
            if (direct) {
                gen.writeName(ContactControllerJson.DATA);
                if (value.data() == null) {
                    gen.writeNull();
                } else {
                    gen.writeStartArray();
                    for (var element : value.data()) {
                        ContactControllerJson.writeContact(element, gen);
                    }
                    gen.writeEndArray();
                }
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            gen.writeEndObject();
        }
    }
}
