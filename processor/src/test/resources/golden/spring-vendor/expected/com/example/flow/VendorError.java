package com.example.flow;

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
 * The error body of the vendor style.
 *
 * @param requestUuid the id of the request, filled in on the way out
 * @param status always {@code "error"}
 * @param errors one or more errors
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"request_uuid", "status", "errors"})
@JsonSerialize(
        using = VendorError.Json.class
)
public record VendorError(@JsonProperty("request_uuid") String requestUuid,
        @JsonProperty("status") String status,
        @JsonProperty("errors") List<VendorErrorDetail> errors) {
    /**
     * The same body for the request {@code requestUuid}.
     */
    public VendorError withRequestUuid(String requestUuid) {
        return new VendorError(requestUuid, status, errors);
    }

    /**
     * Writes {@link VendorError} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<VendorError> {
        private static final SerializedString REQUEST_UUID = new SerializedString("request_uuid");

        private static final SerializedString STATUS = new SerializedString("status");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(VendorError.class);
        }

        @Override
        public void serialize(VendorError value, JsonGenerator gen, SerializationContext provider) {
            gen.writeStartObject(value);
            gen.writeName(REQUEST_UUID);
            gen.writeString(value.requestUuid());
            gen.writeName(STATUS);
            gen.writeString(value.status());
            provider.defaultSerializeProperty("errors", value.errors(), gen);
            gen.writeEndObject();
        }
    }
}
