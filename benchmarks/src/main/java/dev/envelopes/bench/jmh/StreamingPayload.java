package dev.envelopes.bench.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.envelopes.bench.items.Item;
import dev.envelopes.bench.server.BenchJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The payload's records written by hand with Jackson's streaming API, as databind would write them,
 * and nothing else: no envelope, no filter, no serializer lookup. It is the ceiling of any envelope
 * that Jackson's generator writes, the generated ones included, since each of them writes these
 * records too.
 */
final class StreamingPayload {

  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString OWNER = new SerializedString("owner");
  private static final SerializedString DONE = new SerializedString("done");
  private static final SerializedString PRIORITY = new SerializedString("priority");

  private StreamingPayload() {}

  /** Writes {@code payload}, an {@link Item} or a list of them, into {@code out}. */
  static void write(Object payload, OutputStream out) throws IOException {
    try (JsonGenerator generator = BenchJson.MAPPER.getFactory().createGenerator(out)) {
      if (payload instanceof List<?> items) {
        generator.writeStartArray();
        for (Object item : items) {
          write((Item) item, generator);
        }
        generator.writeEndArray();
      } else {
        write((Item) payload, generator);
      }
    }
  }

  private static void write(Item item, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(ID);
    generator.writeNumber(item.id());
    generator.writeFieldName(NAME);
    generator.writeString(item.name());
    generator.writeFieldName(OWNER);
    generator.writeString(item.owner());
    generator.writeFieldName(DONE);
    generator.writeBoolean(item.done());
    generator.writeFieldName(PRIORITY);
    generator.writeNumber(item.priority());
    generator.writeEndObject();
  }
}
