package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does what a user who writes a role plugin outside this repository does: writes the extension
 * class and its resources, compiles them against the installed api and pf4j jars with pf4j's
 * annotation processor, packages a plugin jar with a manifest descriptor, drops it next to the
 * built-in plugins and runs {@code kit roles} and {@code kit validate}.
 */
class ExternalRolePluginTest {

  private static final String ROLE_ID = "principal-engineer";
  private static final List<String> BUILT_IN =
      List.of("cto", "director-of-engineering", "engineering-manager", "vp-of-engineering");

  private static final String EXTENSION = """
      package com.example.interviews;

      import dev.interviewkit.api.KitResource;
      import dev.interviewkit.api.RoleKit;
      import java.util.List;
      import org.pf4j.Extension;

      /** A role written outside the interview-kit repository. */
      @Extension
      public final class PrincipalEngineer implements RoleKit {

        @Override
        public KitResource blueprint() {
          return KitResource.of(PrincipalEngineer.class, "principal-engineer/role.yaml");
        }

        @Override
        public List<KitResource> banks() {
          return List.of(KitResource.of(PrincipalEngineer.class,
              "principal-engineer/banks/pe-technical-leadership.yaml"));
        }
      }
      """;

  private static final String BLUEPRINT = """
      role: principal-engineer
      title: Principal Engineer
      level: director
      brief:
        summary: >
          Sets technical direction across several teams without managing them, and raises the
          engineering bar through reviews, written standards and mentoring.
        scope:
          - Technical lead for a domain of 3-5 teams; no direct reports.
        reports_to: Director of Engineering
        horizon: A year, with the next quarter's work in detail.
        differs_from_below: >
          A staff engineer leads the technical work of one or two teams.
        differs_from_above: >
          A distinguished engineer sets direction for the whole engineering organisation.
        loop_must_find:
          - Has changed a technical direction across teams through influence, not authority.
      competencies:
        - pe-technical-direction
        - pe-influence
      rounds:
        - id: direction
          title: Technical direction
          interviewer: Distinguished engineer
          minutes: 60
          competencies: [pe-technical-direction]
          may_score: [pe-influence]
          draw:
            - bank: pe-technical-leadership
              count: 1
        - id: influence
          title: Influence without authority
          interviewer: Engineering manager (a partner team)
          minutes: 60
          competencies: [pe-influence]
          may_score: [pe-technical-direction]
          draw:
            - bank: pe-technical-leadership
              count: 1
        - id: hiring-manager
          title: Hiring manager conversation
          interviewer: Director of Engineering (hiring manager)
          minutes: 45
          candidate_minutes: 15
          competencies: [pe-technical-direction]
          may_score: [pe-influence]
          draw:
            - bank: pe-technical-leadership
              count: 1
              kinds: [behavioural, scenario]
      """;

  @TempDir Path work;

  @BeforeAll
  static void quietPf4j() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }

  @Test
  void pluginClassesAreNotOnTheTestClassPath() {
    // pf4j would see them twice: once from the class path, once from the plugin jar.
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("dev.interviewkit.roles.director.DirectorOfEngineering"));
  }

  @Test
  void anExternallyBuiltRolePluginIsListedAndValidates() throws IOException {
    Path jar = buildExternalPlugin();
    Path plugins = Files.createDirectories(work.resolve("plugins"));
    List<Path> builtIn = jarsIn(home().resolve("plugins"));
    for (String id : BUILT_IN) {
      assertTrue(builtIn.contains(home().resolve("plugins").resolve(id + ".jar")),
          id + ".jar is missing from the installation: " + builtIn);
    }
    for (Path j : builtIn) {
      Files.copy(j, plugins.resolve(j.getFileName()));
    }
    Files.copy(jar, plugins.resolve(jar.getFileName()));

    Result roles = kit("roles", "--plugins-only", plugins.toString(), "--banks", banks());
    assertEquals(0, roles.code, roles.err);
    assertEquals("", roles.err, "no plugin warnings");
    assertTrue(roles.out.lines().anyMatch(l -> l.matches(
        "principal-engineer +Principal Engineer +principal-engineer +1\\.0\\.0 +ready")), roles.out);
    for (String id : BUILT_IN) {
      assertTrue(roles.out.lines().anyMatch(l -> l.startsWith(id + " ")), roles.out);
    }

    Result plugin = kit("plugins", "--plugins-only", plugins.toString(), "--banks", banks());
    assertTrue(plugin.out.lines().anyMatch(l -> l.startsWith(ROLE_ID + " ")
        && l.contains("STARTED") && l.contains("RoleKit")), plugin.out);

    // With the built-ins: whatever they report, nothing is about the new role.
    Result all = kit("validate", "--plugins-only", plugins.toString(), "--banks", banks());
    assertTrue(all.err.lines().noneMatch(l -> l.contains(ROLE_ID)), all.err);

    // On its own, against the shared banks plus its own bank: clean.
    Path alone = Files.createDirectories(work.resolve("alone"));
    Files.copy(jar, alone.resolve(jar.getFileName()));
    Result validate = kit("validate", "--plugins-only", alone.toString(), "--banks", banks());
    // Only warnings, and none about the new role's own files: the shared banks' content is
    // checked against the shipped roles elsewhere.
    assertTrue(validate.err.lines().allMatch(l -> l.contains(": warning: ")), validate.err);
    assertTrue(validate.err.lines().noneMatch(l -> l.contains(ROLE_ID)), validate.err);
    assertEquals(0, validate.code);
    assertTrue(validate.out.matches("ok: \\d+ bank files and 1 role blueprint checked, "
        + "no problems(, \\d+ warnings?)?\\R"), validate.out);
  }

  private Path buildExternalPlugin() throws IOException {
    return principalEngineer(work);
  }

  /** Compiles, indexes and packages the plugin like its own Maven build would. */
  static Path principalEngineer(Path work) throws IOException {
    Path jar = PluginJar.withId(ROLE_ID)
        .descriptor("Plugin-Description", "Principal Engineer loop")
        .source("com.example.interviews.PrincipalEngineer", EXTENSION)
        .resource("principal-engineer/role.yaml", BLUEPRINT)
        .resource("principal-engineer/banks/pe-technical-leadership.yaml", bank())
        .build(work);
    try (JarFile built = new JarFile(jar.toFile())) {
      String index = new String(built.getInputStream(built.getEntry("META-INF/extensions.idx"))
          .readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(index.contains("com.example.interviews.PrincipalEngineer"),
          "the annotation processor wrote no extensions.idx entry");
    }
    return jar;
  }

  /** A plugin bank: two competencies, three director questions for each. */
  private static String bank() {
    StringBuilder yaml = new StringBuilder("""
        bank: pe-technical-leadership
        title: Technical leadership without authority
        version: "1.0.0"
        description: >
          Setting technical direction across teams one does not manage.
        competencies:
          - id: pe-technical-direction
            title: Technical direction
            description: Chooses a direction several teams can follow and explains its cost.
            anchors:
              1: Describes a preferred technology, not a direction, and cannot name its cost.
              2: Names a direction for one team and leaves the others to work it out.
              3: Sets a direction across teams, with the trade-off and a way to check it worked.
              4: Also names what would make them change it, and how they would find out early.
          - id: pe-influence
            title: Influence without authority
            description: Brings teams that do not report to them along to a decision.
            anchors:
              1: Relies on escalation to make other teams follow.
              2: Persuades the people who already agree and works around the rest.
              3: Finds each team's objection, changes the proposal where it is right, and gets a decision.
              4: Leaves behind a way of deciding that the teams use without them.
        questions:
        """);
    String[] competencies = {"pe-technical-direction", "pe-influence"};
    String[] kinds = {"behavioural", "scenario", "behavioural"};
    for (String competency : competencies) {
      for (int i = 0; i < kinds.length; i++) {
        yaml.append("""
              - id: %s-q%d
                competency: %s
                levels: [director]
                kind: %s
                minutes: 15
                prompt: >
                  Tell us about a time you had to move several teams to a new approach on %s.
                follow_ups:
                  - What did you do yourself?
                  - What did you trade away?
                signals:
                  - Names the teams and what each of them objected to.
                  - Says what they changed in the proposal and why.
                  - Describes how they knew the change had worked.
                red_flags:
                  - Describes the outcome only as what "we" decided.
                  - Escalated before talking to the teams.
                sample_answers:
                  2:
                    answer: >
                      I wrote up the approach, presented it at the architecture forum and most
                      teams adopted it over the next two quarters.
                    why: Describes the outcome but not the teams' objections or what changed.
                    raise: Naming each team's objection and what they changed in response.
                  3:
                    answer: >
                      Two of the four teams objected on on-call cost, so I changed the rollout to
                      start with the team that had the fewest pages, and we checked incident counts
                      a quarter later before asking the others.
                    why: Names the objections, the change to the proposal and how they checked it.
                    raise: Leaving a way of deciding that the teams kept using without them.
            """.formatted(competency, i + 1, competency, kinds[i], competency));
      }
    }
    return yaml.toString();
  }

  private static Path home() {
    return Path.of(System.getProperty("interviewkit.home"));
  }

  private static String banks() {
    return System.getProperty("interviewkit.banks");
  }

  private static List<Path> jarsIn(Path dir) throws IOException {
    return PluginJar.jarsIn(dir);
  }

  private record Result(int code, String out, String err) {}

  private static Result kit(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
