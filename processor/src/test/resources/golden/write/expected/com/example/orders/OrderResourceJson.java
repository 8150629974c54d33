package com.example.orders;

import com.fasterxml.jackson.core.io.SerializedString;
import javax.annotation.processing.Generated;

/**
 * What the serializers of the envelope records of {@link OrderResource} share: the keys they write,
 * ready to write.
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
final class OrderResourceJson {
    static final SerializedString CODE = new SerializedString("code");

    static final SerializedString COUNT = new SerializedString("count");

    static final SerializedString DATA = new SerializedString("data");

    static final SerializedString DETAILED = new SerializedString("detailed");

    static final SerializedString MESSAGE = new SerializedString("message");

    static final SerializedString PAGINATION = new SerializedString("pagination");

    static final SerializedString STATUS_CODE = new SerializedString("status_code");

    static final SerializedString STATUS_MESSAGE = new SerializedString("status_message");

    static final SerializedString SUCCESS = new SerializedString("success");

    private OrderResourceJson() {
    }
}
