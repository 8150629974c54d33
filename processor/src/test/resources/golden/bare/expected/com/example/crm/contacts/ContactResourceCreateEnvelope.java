package com.example.crm.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The bare answer of {@link ContactResource#create(Contact)}: the id of the resource it created.
 *
 * @param id the new resource's id
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id"})
@JsonSerialize(
        using = ContactResourceCreateEnvelope.Json.class
)
public record ContactResourceCreateEnvelope(@JsonProperty("id") UUID id) {
    /**
     * Writes {@link ContactResourceCreateEnvelope}, the answer of {@link ContactResource#create(Contact)}, with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<ContactResourceCreateEnvelope> {
        private static final long serialVersionUID = 1L;

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(ContactResourceCreateEnvelope.class);
        }

        @Override
        public void serialize(ContactResourceCreateEnvelope value, JsonGenerator gen,
                SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            provider.defaultSerializeField("id", value.id(), gen);
            gen.writeEndObject();
        }
    }
}
