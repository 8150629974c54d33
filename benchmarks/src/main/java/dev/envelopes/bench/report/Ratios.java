package dev.envelopes.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The small arithmetic and formatting the reports share. */
public final class Ratios {

  private Ratios() {}

  public static double median(List<? extends Number> values) {
    List<Double> sorted = new ArrayList<>();
    values.forEach(value -> sorted.add(value.doubleValue()));
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  public static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  public static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
