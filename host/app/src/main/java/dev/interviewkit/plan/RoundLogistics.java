package dev.interviewkit.plan;

import dev.interviewkit.bank.Location;
import java.util.Objects;

/**
 * A round's practical details from the panel file; empty texts were not given.
 *
 * @param email the interviewer's address
 * @param location a room or address, for a round in person
 * @param link a video-call URL, for a round online
 * @param seniority how senior the interviewer is (higher speaks later at the debrief); 0 when
 *     not given
 * @param at where the round is written in the panel file, for scheduling problems
 */
public record RoundLogistics(String email, String location, String link, int seniority,
    Location at) {

  public static final RoundLogistics NONE =
      new RoundLogistics("", "", "", 0, new Location("", 0, 0));

  public RoundLogistics {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(at, "at");
    if (seniority < 0) {
      throw new IllegalArgumentException("seniority must not be negative");
    }
  }

  /** Equal when they say the same: where they were written does not count. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RoundLogistics o && email.equals(o.email)
        && location.equals(o.location) && link.equals(o.link) && seniority == o.seniority;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(email, location, link, seniority);
  }

  /** True when nothing but the place in the file is known. */
  public boolean isBlank() {
    return equals(NONE);
  }

  /** The link, else the location, else empty: where the candidate goes. */
  public String place() {
    return link.isEmpty() ? location : link;
  }
}
