package dev.interviewkit.training;

import dev.interviewkit.service.JsonText;
import java.util.Locale;

/** The little JSON the training files need: quoted strings and fixed-point numbers. */
final class Json {

  private Json() {}

  static String string(String value) {
    return JsonText.quote(value);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
