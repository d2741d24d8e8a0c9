package dev.interviewkit.service;

/**
 * One CSV cell of text: quoted when it holds a comma, quote or line end; a cell a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a
 * leading {@code '} and quotes, as OWASP recommends. Numbers the kit computes are written as
 * they are, never through this.
 */
public final class CsvText {

  /** First characters that make a spreadsheet read a cell as a formula (OWASP). */
  public static final String FORMULA_START = "=+-@\t\r";

  private CsvText() {}

  public static String cell(String value) {
    boolean formula = !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0;
    if (formula) {
      return "\"'" + value.replace("\"", "\"\"") + "\"";
    }
    return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
