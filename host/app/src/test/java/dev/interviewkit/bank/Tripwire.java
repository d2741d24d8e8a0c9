package dev.interviewkit.bank;

/**
 * A class whose loading leaves a mark: if a YAML tag ever made the loader load or build it, the
 * system property {@link #FIRED} would be set. Never referenced directly by the tests.
 */
public final class Tripwire {

  static final String FIRED = "interviewkit.test.tripwire";

  static {
    System.setProperty(FIRED, "fired");
  }

  public Tripwire(String ignored) {
    System.setProperty(FIRED, "constructed");
  }
}
