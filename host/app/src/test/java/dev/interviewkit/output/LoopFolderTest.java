package dev.interviewkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loop folder names: transliterated, unique to the loop, stable. */
class LoopFolderTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  private static final String ROLE = "director-of-engineering";

  private static String name(String candidate) {
    return new LoopFolder(ROLE, DAY, candidate).name();
  }

  @Test
  void plainAsciiNamesKeepTheirShortName() {
    assertEquals("2026-12-03-jane-doe-director-of-engineering", name("Jane Doe"));
    assertEquals("2026-12-03-lee-sam-director-of-engineering", name("Lee, Sam"));
    assertEquals("2026-12-03-o-brien-jr-director-of-engineering", name("O'Brien Jr."));
  }

  @Test
  void otherScriptsAreTransliteratedAndGetTheLoopsId() {
    String wang = name("王伟");
    String li = name("李娜");
    assertTrue(wang.matches("2026-12-03-wang-wei_[0-9a-f]{6}-director-of-engineering"), wang);
    assertTrue(li.matches("2026-12-03-li-na_[0-9a-f]{6}-director-of-engineering"), li);
    assertTrue(name("Zoë Ångström-Дмитриев")
        .matches("2026-12-03-zoe-angstrom-dmitriev_[0-9a-f]{6}-director-of-engineering"));
    assertTrue(name("محمد علي").matches("2026-12-03-mhmd-ly_[0-9a-f]{6}-director-of-engineering"),
        name("محمد علي"));
    assertTrue(name("😀").matches("2026-12-03-candidate_[0-9a-f]{6}-director-of-engineering"));
  }

  @Test
  void differentCandidatesNeverShareAFolder() {
    List<String> names = List.of("Zoë", "Zoe", "王伟", "李娜", "汪伟", "Wang Wei", "Zoe 1a2b3c",
        "a/b", "a-b", "../../x", "x", ".hidden", "hidden", "Ana Sofía", "Ana Sofia",
        "Maria-Luisa Fernández de la Cruz y Ana Sofía Ortega",
        "Maria-Luisa Fernandez de la Cruz y Ana Sofia Ortega Perez");
    Set<String> folders = new HashSet<>();
    for (String n : names) {
      assertTrue(folders.add(name(n)), n + " shares " + name(n));
    }
  }

  @Test
  void theSameLoopAlwaysGetsTheSameFolder() {
    String composed = Normalizer.normalize("Zoë", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize("Zoë", Normalizer.Form.NFD);
    assertNotEquals(composed, decomposed);
    assertEquals(name(composed), name(decomposed), "NFC and NFD spell one name");
    assertEquals(name("王伟"), name("王伟"));
    assertNotEquals(name("王伟"), new LoopFolder("cto", DAY, "王伟").name());
    assertNotEquals(new LoopFolder(ROLE, DAY.plusDays(1), "王伟").id(),
        new LoopFolder(ROLE, DAY, "王伟").id());
  }

  @Test
  void folderNamesAreShortSafeAscii() {
    for (String n : List.of("../../x", "a/b", "CON", ".hidden", "x".repeat(300), "\u202Eevil",
        "王".repeat(150))) {
      String folder = name(n);
      assertTrue(folder.matches("[0-9a-z_-]+"), folder);
      assertTrue(folder.length() <= 10 + 1 + 40 + 7 + 1 + ROLE.length(), folder);
      assertFalse(folder.contains(".."), folder);
    }
  }
}
