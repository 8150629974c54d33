package com.example.crm.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The bare answer of {@link ContactResource#search(String)}: what it returned, whose JSON is the value itself, with no envelope, as the bare style answers a value or a list.
 *
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonSerialize(
        using = ContactResourceSearchEnvelope.Json.class
)
public record ContactResourceSearchEnvelope(List<Contact> data) {
    /**
     * Reads the record from the value alone, as it is written.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public ContactResourceSearchEnvelope {
    }

    /**
     * Writes {@link ContactResourceSearchEnvelope}, the answer of {@link ContactResource#search(String)}, with Jackson's streaming API: the value it holds
     * alone, as databind writes that value, with no object around it.
     */
    public static final class Json extends StdSerializer<ContactResourceSearchEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(ContactResourceSearchEnvelope.class);
        }

        @Override
        public void serialize(ContactResourceSearchEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(value.data(), gen);
        }
    }
}
