package dev.interviewkit.record;

import java.util.List;

/** The hiring decisions a loop can have on record ({@code kit records decide}). */
public final class Decision {

  public static final String HIRE = "hire";
  public static final String NO_HIRE = "no-hire";
  public static final List<String> VALUES = List.of(HIRE, NO_HIRE);

  private Decision() {}
}
