package com.example.crm.contacts;

import com.fasterxml.jackson.core.io.SerializedString;
import javax.annotation.processing.Generated;

/**
 * What the serializers of the envelope records of {@link ContactResource} share: the keys they write,
 * ready to write.
 */
@Generated("dev.envelopes.processor.EnvelopeRecordsProcessor")
final class ContactResourceJson {
    static final SerializedString COUNT = new SerializedString("count");

    static final SerializedString CURSOR = new SerializedString("cursor");

    static final SerializedString HAS_MORE_RECORDS = new SerializedString("hasMoreRecords");

    static final SerializedString TOTAL_RECORD_COUNT = new SerializedString("totalRecordCount");

    private ContactResourceJson() {
    }
}
