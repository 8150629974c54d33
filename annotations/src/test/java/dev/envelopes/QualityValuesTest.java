package dev.envelopes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualityValuesTest {

  @Test
  void weightsFromZeroToOneWithAtMostThreeDecimalsAreValid() {
    for (String q : List.of("0", "0.", "0.5", "0.123", "1", "1.", "1.000", ".5", ".25")) {
      assertTrue(QualityValues.isValid(q), q);
    }
  }

  @Test
  void aMediaRangeWithoutAWeightIsValid() {
    assertTrue(QualityValues.isValid(null));
  }

  @Test
  void anythingElseIsNotAWeight() {
    for (String q : List.of("x", "", "2", "1.5", "1.001", "0.1234", "-0.5", "0,5", " 0.5", "1e0")) {
      assertFalse(QualityValues.isValid(q), q);
    }
  }
}
