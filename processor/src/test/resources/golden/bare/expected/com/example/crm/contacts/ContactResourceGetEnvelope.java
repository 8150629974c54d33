package com.example.crm.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The bare answer of {@link ContactResource#get(UUID)}: what it returned, whose JSON is the value itself, with no envelope, as the bare style answers a value or a list.
 *
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonSerialize(
        using = ContactResourceGetEnvelope.Json.class
)
public record ContactResourceGetEnvelope(Contact data) {
    /**
     * Reads the record from the value alone, as it is written.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public ContactResourceGetEnvelope {
    }

    /**
     * Writes {@link ContactResourceGetEnvelope}, the answer of {@link ContactResource#get(UUID)}, with Jackson's streaming API: the value it holds
     * alone, as databind writes that value, with no object around it.
     */
    public static final class Json extends StdSerializer<ContactResourceGetEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(ContactResourceGetEnvelope.class);
        }

        @Override
        public void serialize(ContactResourceGetEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(value.data(), gen);
        }
    }
}
