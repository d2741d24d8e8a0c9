package dev.interviewkit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirsTest {

  @Test
  void theVariablesNameTheFoldersWhenSet() {
    Dirs dirs = Dirs.from(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d",
        "XDG_STATE_HOME", "/s", "XDG_CACHE_HOME", "/k"), "/ignored");
    assertEquals(Path.of("/c/interview-kit"), dirs.config());
    assertEquals(Path.of("/d/interview-kit"), dirs.data());
    assertEquals(Path.of("/s/interview-kit"), dirs.state());
    assertEquals(Path.of("/k/interview-kit"), dirs.cache());
  }

  @Test
  void unsetVariablesFallBackToTheStandardFoldersUnderHome() {
    Dirs dirs = Dirs.from(Map.of("HOME", "/home/u"), "/ignored");
    assertEquals(Path.of("/home/u/.config"), dirs.configHome());
    assertEquals(Path.of("/home/u/.local/share"), dirs.dataHome());
    assertEquals(Path.of("/home/u/.local/state"), dirs.stateHome());
    assertEquals(Path.of("/home/u/.cache"), dirs.cacheHome());
  }

  @Test
  void emptyOrRelativeVariablesAreIgnoredAsTheSpecificationSays() {
    Dirs dirs = Dirs.from(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "", "XDG_DATA_HOME",
        "relative/data"), "/ignored");
    assertEquals(Path.of("/home/u/.config"), dirs.configHome());
    assertEquals(Path.of("/home/u/.local/share"), dirs.dataHome());
  }

  @Test
  void withoutHomeTheUserHomeIsUsed() {
    Dirs dirs = Dirs.from(Map.of(), "/users/x");
    assertEquals(Path.of("/users/x/.config/interview-kit"), dirs.config());
  }

  @Test
  void relativeFoldersAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Dirs(Path.of("c"), Path.of("/d"), Path.of("/s"), Path.of("/k")));
  }

  @Test
  void theBuildGivesTestsTheirOwnFolders() {
    assertEquals(Path.of(System.getenv("XDG_CONFIG_HOME"), "interview-kit"),
        Dirs.fromEnvironment().config());
  }
}
