package com.example.shop;

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
 * The meta envelope of a 400 Bad Request: {@code detailed} names each field that did not validate,
 * with what is wrong with it.
 *
 * @param success always {@code false}: the request failed
 * @param code the API code of the answer
 * @param message the text of {@code code}
 * @param statusCode the HTTP status, for clients that do not read it from HTTP
 * @param statusMessage the reason phrase of {@code statusCode}
 * @param detailed one entry per field at fault
 * @param data always {@code null} on an error
 * @param count always {@code null} on an error
 * @param pagination always {@code null} on an error
 */
@Generated("dev.envelopes.processor.EnvelopesProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"success", "code", "message", "status_code", "status_message", "detailed", "data", "count", "pagination"})
@JsonSerialize(
        using = MetaBadRequestEnvelope.Json.class
)
public record MetaBadRequestEnvelope(@JsonProperty("success") boolean success,
        @JsonProperty("code") int code, @JsonProperty("message") String message,
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("detailed") List<MetaFieldError> detailed, @JsonProperty("data") Void data,
        @JsonProperty("count") Void count, @JsonProperty("pagination") Void pagination) {
    /**
     * The envelope of an answer with {@code status}.
     */
    static MetaBadRequestEnvelope of(MetaStatus status, List<MetaFieldError> detailed) {
        return new MetaBadRequestEnvelope(false, status.code(), status.message(),
                status.statusCode(), status.statusMessage(), detailed, null, null, null);
    }

    /**
     * Writes {@link MetaBadRequestEnvelope} with Jackson's streaming API, its keys in order.
     */
    public static final class Json extends StdSerializer<MetaBadRequestEnvelope> {
        private static final SerializedString SUCCESS = new SerializedString("success");

        private static final SerializedString CODE = new SerializedString("code");

        private static final SerializedString MESSAGE = new SerializedString("message");

        private static final SerializedString STATUS_CODE = new SerializedString("status_code");

        private static final SerializedString STATUS_MESSAGE = new SerializedString("status_message");

        private static final SerializedString DATA = new SerializedString("data");

        private static final SerializedString COUNT = new SerializedString("count");

        private static final SerializedString PAGINATION = new SerializedString("pagination");

        /**
         * The serializer Jackson creates for {@code @JsonSerialize}.
         */
        public Json() {
            super(MetaBadRequestEnvelope.class);
        }

        @Override
        public void serialize(MetaBadRequestEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            gen.writeStartObject(value);
            gen.writeName(SUCCESS);
            gen.writeBoolean(value.success());
            gen.writeName(CODE);
            gen.writeNumber(value.code());
            gen.writeName(MESSAGE);
            gen.writeString(value.message());
            gen.writeName(STATUS_CODE);
            gen.writeNumber(value.statusCode());
            gen.writeName(STATUS_MESSAGE);
            gen.writeString(value.statusMessage());
            provider.defaultSerializeProperty("detailed", value.detailed(), gen);
            gen.writeName(DATA);
            gen.writeNull();
            gen.writeName(COUNT);
            gen.writeNull();
            gen.writeName(PAGINATION);
            gen.writeNull();
            gen.writeEndObject();
        }
    }
}
