package com.example.contacts;

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
 * The bare answer of {@link ContactController#create(NewContact)}: the id of the resource it created.
 *
 * @param id the new resource's id
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id"})
@JsonSerialize(
        using = ContactControllerCreateEnvelope.Json.class
)
public record ContactControllerCreateEnvelope(@JsonProperty("id") long id) {
    /**
     * Writes {@link ContactControllerCreateEnvelope}, the answer of {@link ContactController#create(NewContact)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<ContactControllerCreateEnvelope> {
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
            super(ContactControllerCreateEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = ContactControllerJson.writesLongAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(ContactControllerCreateEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            if (direct) {
                gen.writeName(ContactControllerJson.ID);
                gen.writeNumber(value.id());
            } else {
                provider.defaultSerializeProperty("id", value.id(), gen);
            }
            gen.writeEndObject();
        }
    }
}
