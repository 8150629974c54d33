package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * One error of a vendor error body.
 *
 * @param message what went wrong, for people
 * @param code what went wrong, for programs
 * @param link where the code is documented
 * @param description the longer explanation, or the message
 * @param attribute the attribute at fault, left out when the error concerns none
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"message", "code", "link", "description", "attribute"})
@JsonSerialize(
        using = VendorErrorDetail.Json.class
)
public record VendorErrorDetail(@JsonProperty("message") String message,
        @JsonProperty("code") String code, @JsonProperty("link") String link,
        @JsonProperty("description") String description,
        @JsonProperty("attribute") @JsonInclude(JsonInclude.Include.NON_NULL) String attribute) {
    /**
     * Writes {@link VendorErrorDetail} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<VendorErrorDetail> {
        private static final SerializedString MESSAGE = new SerializedString("message");

        private static final SerializedString CODE = new SerializedString("code");

        private static final SerializedString LINK = new SerializedString("link");

        private static final SerializedString DESCRIPTION = new SerializedString("description");

        private static final SerializedString ATTRIBUTE = new SerializedString("attribute");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(VendorErrorDetail.class);
        }

        @Override
        public void serialize(VendorErrorDetail value, JsonGenerator gen,
                SerializationContext provider) {
            write(value, gen);
        }

        /**
         * Writes {@code value}, which the record declaring this one holds.
         */
        static void write(VendorErrorDetail value, JsonGenerator gen) {
            gen.writeStartObject(value);
            gen.writeName(MESSAGE);
            gen.writeString(value.message());
            gen.writeName(CODE);
            gen.writeString(value.code());
            gen.writeName(LINK);
            gen.writeString(value.link());
            gen.writeName(DESCRIPTION);
            gen.writeString(value.description());
            if (value.attribute() != null) {
                gen.writeName(ATTRIBUTE);
                gen.writeString(value.attribute());
            }
            gen.writeEndObject();
        }
    }
}
