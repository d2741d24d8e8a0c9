package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the blueprint and the bank the way the host does: parsed, validated and the blueprint
 * drawn against the bank. A role that also draws from the shared banks is checked against them
 * with 'kit validate' once the plugin is installed.
 */
class RoleTest {

  private final Role role = new Role();

  @Test
  void blueprintParsesAndIsTheRoleOfThisPlugin() throws IOException {
    assertEquals("${artifactId}", blueprint().id());
  }

  @Test
  void bankValidatesAndEveryRoundCanBeDrawnFromIt() throws IOException {
    List<BankSource> banks = role.banks().stream().map(RoleTest::source).toList();
    BankCatalog catalog = BankCatalog.loadStrict(banks);
    List<Problem> problems = BlueprintChecker.check(blueprint(), catalog);
    assertEquals(List.of(), problems.stream().map(Problem::toString).toList());
  }

  private RoleDefinition blueprint() throws IOException {
    KitResource blueprint = role.blueprint();
    try (InputStream in = blueprint.url().openStream()) {
      return BlueprintParser.parse(blueprint.name(), in);
    }
  }

  private static BankSource source(KitResource bank) {
    return new BankSource(bank.name(), "plugin ${artifactId}", () -> bank.url().openStream());
  }
}
