package com.example.shop.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The bare answer of {@link ContactController#get(long)}: what it returned, whose JSON is the value itself, with no envelope, as the bare style answers a value or a list.
 *
 * @param data what the method returned
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonSerialize(
        using = ContactControllerGetEnvelope.Json.class
)
public record ContactControllerGetEnvelope(Contact data) {
    /**
     * Reads the record from the value alone, as it is written.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public ContactControllerGetEnvelope {
    }

    /**
     * Writes {@link ContactControllerGetEnvelope}, the answer of {@link ContactController#get(long)}, with Jackson's streaming API: the value it holds
     * alone, as databind writes that value, with no object around it.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<ContactControllerGetEnvelope> {
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
            super(ContactControllerGetEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = ContactControllerJson.writesContactAsDatabindWould(provider);
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(ContactControllerGetEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            if (direct) {
                ContactControllerJson.writeContact(value.data(), gen);
            } else {
                provider.writeValue(gen, value.data());
            }
        }
    }
}
