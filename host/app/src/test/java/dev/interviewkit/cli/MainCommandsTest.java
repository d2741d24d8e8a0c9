package dev.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class MainCommandsTest {

  @Test
  void everyCommandIsRegisteredUnderItsOwnName() {
    Context context = new Context(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    Main.COMMANDS.forEach((name, factory) -> assertEquals(name,
        factory.apply(context).getClass().getAnnotation(Command.class).name()));
  }

  @Test
  void helpListsEveryCommandAndEachCommandHasItsOwnHelp() {
    StringWriter all = new StringWriter();
    Main.run(new String[] {"--help"}, new PrintWriter(all), new PrintWriter(all));
    for (String name : Main.COMMANDS.keySet()) {
      assertTrue(all.toString().contains("  " + name + " "), name);
      StringWriter alone = new StringWriter();
      Main.run(new String[] {name, "--help"}, new PrintWriter(alone), new PrintWriter(alone));
      assertTrue(alone.toString().startsWith("Usage: kit " + name), alone.toString());
    }
  }
}
