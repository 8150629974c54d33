package dev.envelopes.sample.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.envelopes.Cursor;
import dev.envelopes.CursorKey;
import dev.envelopes.sample.support.Cursors;
import dev.envelopes.sample.support.SampleApi;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The signature of a cursor, computed here from {@link CursorKey}'s documented format with a MAC of
 * the test's own: one key signs alike every time, from any number of threads at once, since every
 * paged request of a server shares its endpoint's key.
 */
class CursorKeySigningTest {

  private static final byte[] KEY_BYTES = Base64.getDecoder().decode(SampleApi.CURSOR_KEY);

  private static final Map<String, List<String>> PATH = Map.of("workspace", List.of("52"));

  private static final Map<String, List<String>> FILTERS =
      Map.of("workspace_id", List.of("52"), "view", List.of("upcoming"), "limit", List.of("2"));

  @Test
  void aCursorIsSignedAsItsFormatSays() throws Exception {
    assertEquals(expectedSeal(7), Cursors.API_KEY.seal(new Cursor(7), PATH, FILTERS));
  }

  @Test
  void oneKeySignsAlikeFromManyThreadsAtOnce() throws Exception {
    CursorKey key = Cursors.API_KEY;
    int threads = 8;
    int sealsPerThread = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        long firstOffset = thread * (long) sealsPerThread;
        results.add(
            pool.submit(
                () -> {
                  List<String> seals = new ArrayList<>();
                  for (long offset = firstOffset; offset < firstOffset + sealsPerThread; offset++) {
                    seals.add(key.seal(new Cursor(offset), PATH, FILTERS));
                  }
                  return seals;
                }));
      }
      for (int thread = 0; thread < threads; thread++) {
        List<String> seals = results.get(thread).get();
        for (int i = 0; i < sealsPerThread; i++) {
          long offset = thread * (long) sealsPerThread + i;
          assertEquals(expectedSeal(offset), seals.get(i), "offset " + offset);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@code base64url(content) + "." + base64url(HMAC-SHA256(key, ...))} over the content (the
   * offset and the second it was issued), the endpoint, the path parameters and the filters other
   * than {@code cursor} and {@code limit}: names sorted, every part length-prefixed, each set of
   * parameters after its count.
   */
  private static String expectedSeal(long offset) throws Exception {
    byte[] content =
        ("{\"offset\":" + offset + ",\"issued\":" + SampleApi.START.getEpochSecond() + "}")
            .getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY_BYTES, "HmacSHA256"));
    prefixed(mac, content);
    prefixed(mac, Cursors.CONTACTS.getBytes(StandardCharsets.UTF_8));
    count(mac, 1);
    prefixed(mac, "workspace".getBytes(StandardCharsets.UTF_8));
    count(mac, 1);
    prefixed(mac, "52".getBytes(StandardCharsets.UTF_8));
    // Sorted: "view" before "workspace_id"; "limit" is not a filter. Each name, then how many
    // values it has, then the values.
    count(mac, 2);
    prefixed(mac, "view".getBytes(StandardCharsets.UTF_8));
    count(mac, 1);
    prefixed(mac, "upcoming".getBytes(StandardCharsets.UTF_8));
    prefixed(mac, "workspace_id".getBytes(StandardCharsets.UTF_8));
    count(mac, 1);
    prefixed(mac, "52".getBytes(StandardCharsets.UTF_8));
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString(content) + "." + encoder.encodeToString(mac.doFinal());
  }

  private static void prefixed(Mac mac, byte[] part) {
    count(mac, part.length);
    mac.update(part);
  }

  /** A count, as four big-endian bytes. */
  private static void count(Mac mac, int count) {
    mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(count).array());
  }
}
