package dev.interviewkit.plan;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The small alpha bank and test-director role under src/test/resources/loops. */
public final class Fixtures {

  private Fixtures() {}

  public static BankCatalog catalog() {
    return BankCatalog.loadStrict(List.of(new BankSource("loops/banks/alpha.yaml",
        "question-banks", () -> resource("/loops/banks/alpha.yaml"))));
  }

  public static RoleDefinition role() {
    return role("/loops/role.yaml");
  }

  public static RoleDefinition role(String path) {
    try (InputStream in = resource(path)) {
      return BlueprintParser.parse(path.substring(1), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Loop loop(long seed, Set<String> avoid) {
    return Planner.plan(role(), catalog(), new Planner.Request("Zoë Ångström-Дмитриев",
        LocalDate.of(2026, 12, 3), seed, Map.of("one", new Interviewer("Priya Raman",
            "Principal Engineer", "09:00")), avoid), "test-plugin", "1.2.3");
  }

  static InputStream resource(String path) {
    InputStream in = Fixtures.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + path);
    }
    return in;
  }
}
