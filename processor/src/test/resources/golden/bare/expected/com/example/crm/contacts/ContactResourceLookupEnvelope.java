package com.example.crm.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * The bare answer of {@link ContactResource#lookup(String)}: what it returned, whose JSON is the value itself, with no envelope, as the bare style answers a value or a list.
 *
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonSerialize(
        using = ContactResourceLookupEnvelope.Json.class
)
public record ContactResourceLookupEnvelope(Contact data) {
    /**
     * Reads the record from the value alone, as it is written.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public ContactResourceLookupEnvelope {
    }

    /**
     * Writes {@link ContactResourceLookupEnvelope}, the answer of {@link ContactResource#lookup(String)}, with Jackson's streaming API: the value it holds
     * alone, as databind writes that value, with no object around it.
     */
    public static final class Json extends StdSerializer<ContactResourceLookupEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(ContactResourceLookupEnvelope.class);
        }

        @Override
        public void serialize(ContactResourceLookupEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(value.data(), gen);
        }
    }
}
