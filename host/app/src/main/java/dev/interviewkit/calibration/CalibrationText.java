package dev.interviewkit.calibration;

import java.util.Locale;
import java.util.Map;

/** How the report writes its numbers: the same in the documents, the charts and the CSV. */
final class CalibrationText {

  private CalibrationText() {}

  /** An offset with its sign, two decimals: {@code +0.25}, {@code -1.00}, {@code 0.00}. */
  static String signed(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    String text = String.format(Locale.ROOT, "%.2f", value + 0.0);
    return text.equals("-0.00") ? "0.00" : value > 0 && !text.equals("0.00") ? "+" + text : text;
  }

  /** A number with {@code 2} decimals, or a dash when undefined. */
  static String fixed(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value + 0.0);
  }

  /** An interval as {@code -1.20 to -0.80}, or a dash when undefined. */
  static String interval(double low, double high, boolean signed) {
    if (Double.isNaN(low) || Double.isNaN(high)) {
      return "—";
    }
    return signed ? signed(low) + " to " + signed(high) : fixed(low) + " to " + fixed(high);
  }

  /** A competency's title from the banks, or its id; the pooled row reads "All competencies". */
  static String competency(String id, Map<String, String> titles) {
    return id.equals(Calibration.ALL) ? "All competencies" : titles.getOrDefault(id, id);
  }

  /** A number for CSV and JSON: up to 4 decimals, empty for undefined. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    String text = String.format(Locale.ROOT, "%.4f", value + 0.0);
    return text.equals("-0.0000") ? "0.0000" : text;
  }
}
