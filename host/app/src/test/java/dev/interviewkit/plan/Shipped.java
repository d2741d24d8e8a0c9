package dev.interviewkit.plan;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped banks and the four role blueprints, read from the source tree. */
public final class Shipped {

  public static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
  public static final List<String> ROLES =
      List.of("engineering-manager", "director-of-engineering", "vp-of-engineering", "cto");

  private Shipped() {}

  public static BankCatalog catalog() {
    try {
      return BankCatalog.loadStrict(BankCatalog.folder(ROOT.resolve("question-banks"),
          "question-banks"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RoleDefinition role(String id) {
    String plugin = id.equals("cto") ? "cto" : id;
    Path file = ROOT.resolve("plugins/" + plugin + "/src/main/resources/" + id + "/role.yaml");
    try (InputStream in = Files.newInputStream(file)) {
      return BlueprintParser.parse(id + "/role.yaml", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<RoleDefinition> roles() {
    return ROLES.stream().map(Shipped::role).toList();
  }

  static Stream<String> roleIds() {
    return ROLES.stream();
  }
}
