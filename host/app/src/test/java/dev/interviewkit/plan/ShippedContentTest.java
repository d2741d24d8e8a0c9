package dev.interviewkit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.role.RoleDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped banks and roles: valid, every question reachable, every competency scored. */
class ShippedContentTest {

  @Test
  void blueprintsAreValidAgainstTheShippedBanks() {
    BankCatalog catalog = Shipped.catalog();
    List<String> problems = new ArrayList<>();
    for (RoleDefinition role : Shipped.roles()) {
      BlueprintChecker.check(role, catalog).forEach(p -> problems.add(p.toString()));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noUnreachableQuestionAndNoUnscoredCompetency() {
    BankCatalog catalog = Shipped.catalog();
    if (System.getenv("REACH_OUT") != null) {
      try {
        java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("REACH_OUT")),
            Reachability.of(Shipped.roles(), catalog).warnings().stream()
                .map(Problem::toString).toList());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertEquals(List.of(), Reachability.of(Shipped.roles(), catalog).warnings().stream()
        .map(Problem::toString).toList());
  }
}
