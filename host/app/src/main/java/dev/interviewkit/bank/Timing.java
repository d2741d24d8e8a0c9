package dev.interviewkit.bank;

/** How an exercise's minutes split: quiet preparation, the candidate presenting, the discussion. */
public record Timing(int prepare, int present, int discuss) {

  public Timing {
    if (prepare < 0 || present < 0 || discuss < 0) {
      throw new IllegalArgumentException("timing minutes must not be negative");
    }
  }

  public int total() {
    return prepare + present + discuss;
  }
}
