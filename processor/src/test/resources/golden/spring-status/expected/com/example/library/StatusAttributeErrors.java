package com.example.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * One input attribute at fault in the status envelope, with what is wrong.
 *
 * @param attributeName the field, query parameter or header at fault
 * @param messages what is wrong with it
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"attribute_name", "messages"})
@JsonSerialize(
        using = StatusAttributeErrors.Json.class
)
public record StatusAttributeErrors(@JsonProperty("attribute_name") String attributeName,
        @JsonProperty("messages") List<String> messages) {
    /**
     * Writes {@link StatusAttributeErrors} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<StatusAttributeErrors> {
        private static final SerializedString ATTRIBUTE_NAME = new SerializedString("attribute_name");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(StatusAttributeErrors.class);
        }

        @Override
        public void serialize(StatusAttributeErrors value, JsonGenerator gen,
                SerializationContext provider) {
            gen.writeStartObject(value);
            gen.writeName(ATTRIBUTE_NAME);
            gen.writeString(value.attributeName());
            provider.defaultSerializeProperty("messages", value.messages(), gen);
            gen.writeEndObject();
        }
    }
}
