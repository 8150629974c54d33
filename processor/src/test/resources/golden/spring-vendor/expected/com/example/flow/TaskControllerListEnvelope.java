package com.example.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.envelopes.Cursor;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The vendor answer of {@link TaskController#list(long, String, Cursor, int)}.
 *
 * @param data the records of this page; a {@code Link} header points at the next
 * @param accounts the related accounts, left out unless the request asked for them
 * @param requestId the id of the request
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"data", "accounts", "request_id"})
@JsonSerialize(
        using = TaskControllerListEnvelope.Json.class
)
public record TaskControllerListEnvelope(@JsonProperty("data") List<Task> data,
        @JsonProperty("accounts") @JsonInclude(JsonInclude.Include.NON_NULL) List<Account> accounts,
        @JsonProperty("request_id") String requestId) {
    /**
     * Writes {@link TaskControllerListEnvelope}, the answer of {@link TaskController#list(long, String, Cursor, int)}, with Jackson's streaming API, its keys in order.
     *
     * <p>The payload's plain records are written key by key too, when the mapper would write them
     * as their components in order under their names (checked once per mapper, in
     * {@link #createContextual}); otherwise databind writes the payload.
     */
    public static final class Json extends StdSerializer<TaskControllerListEnvelope> {
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
            super(TaskControllerListEnvelope.class);
            this.direct = direct;
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext provider,
                BeanProperty property) {
            boolean direct = TaskControllerJson.writesTaskAndAccountAsDatabindWould(provider);
            if (!direct) {
                TaskControllerJson.requireLocalDateAsIso(provider);
            }
            return direct == this.direct ? this : new Json(direct);
        }

        @Override
        public void serialize(TaskControllerListEnvelope value, JsonGenerator gen,
                SerializationContext provider) {
            boolean direct = this.direct && provider.getActiveView() == null;
            gen.writeStartObject(value);
            if (direct) {
                gen.writeName(TaskControllerJson.DATA);
                if (value.data() == null) {
                    gen.writeNull();
                } else {
                    gen.writeStartArray();
                    for (var element : value.data()) {
                        TaskControllerJson.writeTask(element, gen);
                    }
                    gen.writeEndArray();
                }
            } else {
                provider.defaultSerializeProperty("data", value.data(), gen);
            }
            if (value.accounts() != null) {
                if (direct) {
                    gen.writeName(TaskControllerJson.ACCOUNTS);
                    if (value.accounts() == null) {
                        gen.writeNull();
                    } else {
                        gen.writeStartArray();
                        for (var element : value.accounts()) {
                            TaskControllerJson.writeAccount(element, gen);
                        }
                        gen.writeEndArray();
                    }
                } else {
                    provider.defaultSerializeProperty("accounts", value.accounts(), gen);
                }
            }
            gen.writeName(TaskControllerJson.REQUEST_ID);
            gen.writeString(value.requestId());
            gen.writeEndObject();
        }
    }
}
