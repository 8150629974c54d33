package com.example.crm.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.envelopes.Cursor;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The bare answer of {@link ContactResource#list(Cursor, int)}: one page of its records.
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
        using = ContactResourceListEnvelope.Json.class
)
public record ContactResourceListEnvelope(@JsonProperty("cursor") String cursor,
        @JsonProperty("count") int count, @JsonProperty("totalRecordCount") long totalRecordCount,
        @JsonProperty("hasMoreRecords") boolean hasMoreRecords,
        @JsonProperty("data") List<Contact> data) {
    /**
     * Writes {@link ContactResourceListEnvelope}, the answer of {@link ContactResource#list(Cursor, int)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<ContactResourceListEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(ContactResourceListEnvelope.class);
        }

        @Override
        public void serialize(ContactResourceListEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            gen.writeFieldName(ContactResourceJson.CURSOR);
            gen.writeString(value.cursor());
            gen.writeFieldName(ContactResourceJson.COUNT);
            gen.writeNumber(value.count());
            gen.writeFieldName(ContactResourceJson.TOTAL_RECORD_COUNT);
            gen.writeNumber(value.totalRecordCount());
            gen.writeFieldName(ContactResourceJson.HAS_MORE_RECORDS);
            gen.writeBoolean(value.hasMoreRecords());
            provider.defaultSerializeField("data", value.data(), gen);
            gen.writeEndObject();
        }
    }
}
