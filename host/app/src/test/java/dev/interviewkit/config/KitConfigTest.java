package dev.interviewkit.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitConfigTest {

  @TempDir Path tmp;
  Path project;
  Dirs dirs;

  @BeforeEach
  void folders() throws IOException {
    project = Files.createDirectories(tmp.resolve("project"));
    dirs = new Dirs(tmp.resolve("config"), tmp.resolve("data"), tmp.resolve("state"),
        tmp.resolve("cache"));
  }

  Path project(String yaml) throws IOException {
    return Files.writeString(project.resolve("kit.yaml"), yaml);
  }

  Path user(String yaml) throws IOException {
    Files.createDirectories(dirs.config());
    return Files.writeString(dirs.config().resolve("kit.yaml"), yaml);
  }

  KitConfig load() {
    return KitConfig.load(project, dirs);
  }

  /** The problems loading reports, with the temporary folder shown as {@code TMP}. */
  List<String> problems() {
    InvalidInputException e = assertThrows(InvalidInputException.class, this::load);
    return e.problems().stream().map(Problem::toString)
        .map(line -> line.replace(tmp.toString(), "TMP")).toList();
  }

  @Test
  void withoutFilesEverythingIsTheDefault() {
    KitConfig config = load();
    assertEquals(Organisation.NONE, config.organisation());
    assertEquals(Paper.LETTER, config.paper());
    assertEquals(Path.of("interview-packets"), config.out());
    assertEquals(dirs.data().resolve("record.db").toString(), config.record().database());
    assertEquals(Optional.of(dirs.data().resolve("record.db")), config.record().sqliteFile());
    assertEquals(Optional.empty(), config.plugins());
    assertEquals(Optional.empty(), config.editor());
    assertTrue(config.origins().isEmpty());
    assertEquals(KitConfig.defaults(dirs), config);
  }

  @Test
  void everyKeyIsRead() throws IOException {
    Images.write(project.resolve("art/logo.png"), Images.png(40, 20, false));
    Files.write(project.resolve("art/cjk.ttf"), new byte[] {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0});
    project("""
        organisation:
          name: Example Corp
          logo: art/logo.png
          confidentiality: "Confidential: for the hiring panel only"
        paper: A4
        out: ./loops
        record:
          database: jdbc:postgresql://db.example.com/kit
          user: kit
          password_env: KIT_DB_PASSWORD
          exposure_limit: 25
        plugins: extra-plugins
        editor: system
        fonts: [art/cjk.ttf]
        """);
    KitConfig config = load();
    assertEquals(List.of(project.resolve("art/cjk.ttf")), config.fonts());
    assertEquals("Example Corp", config.organisation().name());
    assertEquals("Confidential: for the hiring panel only",
        config.organisation().confidentiality());
    Logo logo = config.organisation().logo().orElseThrow();
    assertEquals("logo.png", logo.name());
    assertEquals(Logo.Format.PNG, logo.format());
    assertEquals(40, logo.widthPixels());
    assertEquals(20, logo.heightPixels());
    assertEquals(Optional.of(project.resolve("art/logo.png")), config.logoFile());
    assertEquals(Paper.A4, config.paper());
    assertEquals(Path.of("./loops"), config.out());
    assertTrue(config.record().postgresql());
    assertEquals("jdbc:postgresql://db.example.com/kit", config.record().database());
    assertEquals(Optional.of("kit"), config.record().user());
    assertEquals(Optional.of("KIT_DB_PASSWORD"), config.record().passwordEnv());
    assertEquals(OptionalInt.of(25), config.record().exposureLimit());
    assertEquals(Optional.of(project.resolve("extra-plugins")), config.plugins());
    assertEquals(Optional.of(KitConfig.Editor.SYSTEM), config.editor());
    assertEquals(KitConfig.KEYS.stream().sorted().toList(),
        List.copyOf(config.origins().keySet()));
    assertEquals(project.resolve("kit.yaml") + ":5:8",
        config.origin("paper").orElseThrow().toString());
  }

  @Test
  void theProjectFileWinsKeyByKeyOverTheUserFile() throws IOException {
    Images.write(dirs.config().resolve("logo.jpg"), Images.jpeg(30, 30));
    user("""
        organisation:
          name: User Corp
          logo: logo.jpg
        paper: a4
        out: /srv/loops
        """);
    project("""
        organisation:
          name: Project Corp
        out: here
        """);
    KitConfig config = load();
    assertEquals("Project Corp", config.organisation().name());
    assertEquals(Logo.Format.JPEG, config.organisation().logo().orElseThrow().format());
    assertEquals(Optional.of(dirs.config().resolve("logo.jpg")), config.logoFile());
    assertEquals(Paper.A4, config.paper());
    assertEquals(Path.of("here"), config.out());
    assertEquals(dirs.config().resolve("kit.yaml").toString(),
        config.origin("paper").orElseThrow().path());
    assertEquals(project.resolve("kit.yaml").toString(),
        config.origin("organisation.name").orElseThrow().path());
  }

  @Test
  void unknownKeysAreRefusedWithTheirPlaceAndTheClosestKnownKey() throws IOException {
    project("""
        organisation:
          nmae: Example Corp
        papper: a4
        record:
          exposure: 3
        colour: blue
        """);
    assertEquals(List.of(
        "TMP/project/kit.yaml:2:3: unknown key 'nmae' (did you mean 'name'?)",
        "TMP/project/kit.yaml:3:1: unknown key 'papper' (did you mean 'paper'?)",
        "TMP/project/kit.yaml:5:3: unknown key 'exposure'",
        "TMP/project/kit.yaml:6:1: unknown key 'colour'"), problems());
  }

  @Test
  void badValuesAreNamedWithTheirPlace() throws IOException {
    project("""
        organisation:
          name: 42
          confidentiality: ""
        paper: a5
        out: ~
        record:
          database: jdbc:mysql://db/kit
          password_env: "s3cr3t!pass"
          exposure_limit: lots
        editor: vim
        plugins: [a, b]
        """);
    assertEquals(List.of(
        "TMP/project/kit.yaml:2:9: 'organisation.name' must be text, got a number '42'; put it "
            + "in quotes",
        "TMP/project/kit.yaml:3:20: 'organisation.confidentiality' is empty",
        "TMP/project/kit.yaml:4:8: 'paper' must be letter or a4, got 'a5'",
        "TMP/project/kit.yaml:5:6: 'out' is empty",
        "TMP/project/kit.yaml:7:13: 'record.database' must be a file path, a "
            + "jdbc:postgresql:// URL or off, got 'jdbc:mysql://db/kit'; only SQLite files and "
            + "PostgreSQL are supported",
        "TMP/project/kit.yaml:8:17: 'record.password_env' must be the name of an environment "
            + "variable (letters, digits and '_', such as KIT_DB_PASSWORD), never the password "
            + "itself",
        "TMP/project/kit.yaml:9:19: 'record.exposure_limit' must be a whole number, got 'lots'",
        "TMP/project/kit.yaml:10:9: 'editor' must be built-in or system, got 'vim'",
        "TMP/project/kit.yaml:11:10: 'plugins' must be text, got a list"), problems());
  }

  @Test
  void fontsAreTrueTypeFilesTakenFromTheFolderOfTheKitYamlInOrder() throws IOException {
    Files.write(project.resolve("b.ttf"), new byte[] {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0});
    Files.write(project.resolve("a.ttc"), new byte[] {'t', 't', 'c', 'f', 0, 1, 0, 0, 0, 0, 0, 1,
        0, 0, 0, 16, 0, 1, 0, 0});
    project("fonts:\n  - b.ttf\n  - a.ttc\n");
    KitConfig config = load();
    assertEquals(List.of(project.resolve("b.ttf"), project.resolve("a.ttc")), config.fonts());
    assertEquals(2, config.origin("fonts").orElseThrow().line());
  }

  @Test
  void fontsThatAreMissingOrPostScriptOrNotFontsAreRefusedEachByName() throws IOException {
    Files.write(project.resolve("cff.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 9, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0});
    Files.writeString(project.resolve("notes.ttf"), "not a font, only some text in a file");
    project("fonts: [gone.ttf, cff.otf, notes.ttf]\n");
    assertEquals(List.of(
        "TMP/project/kit.yaml:1:9: 'fonts': TMP/project/gone.ttf does not exist or is not a file",
        "TMP/project/kit.yaml:1:19: 'fonts': TMP/project/cff.otf has PostScript (CFF) outlines,"
            + " which the kit cannot embed; use a font with TrueType outlines (.ttf, or a .ttc"
            + " collection)",
        "TMP/project/kit.yaml:1:28: 'fonts': TMP/project/notes.ttf is not a TrueType font (.ttf,"
            + " .otf or .ttc)"), problems());
  }

  @Test
  void exposureLimitMustBePositiveAndBounded() throws IOException {
    project("record:\n  exposure_limit: 0\n");
    assertEquals(List.of("TMP/project/kit.yaml:2:19: 'record.exposure_limit' must be between 1 "
        + "and 100000, got 0"), problems());
  }

  @Test
  void bothFilesAreCheckedAndEveryProblemIsReported() throws IOException {
    user("paper: legal\n");
    project("editor: emacs\n");
    assertEquals(List.of(
        "TMP/config/interview-kit/kit.yaml:1:8: 'paper' must be letter or a4, got 'legal'",
        "TMP/project/kit.yaml:1:9: 'editor' must be built-in or system, got 'emacs'"),
        problems());
  }

  @Test
  void databaseOffTurnsRecordingOffQuotedOrNot() throws IOException {
    project("record:\n  database: off\n");
    assertTrue(load().record().off());
    project("record:\n  database: \"OFF\"\n");
    assertTrue(load().record().off());
    assertEquals(Optional.empty(), load().record().sqliteFile());
  }

  @Test
  void aDatabasePathIsTakenFromTheFilesFolder() throws IOException {
    project("record:\n  database: records/kit.db\n");
    assertEquals(Optional.of(project.resolve("records/kit.db")), load().record().sqliteFile());
  }

  @Test
  void aLeadingTildeIsTheHomeFolder() throws IOException {
    project("plugins: ~/.local/share/interview-kit/plugins\n");
    assertEquals(Optional.of(Path.of(System.getProperty("user.home"),
        ".local/share/interview-kit/plugins")), load().plugins());
  }

  @Test
  void namesAreOneLineOfAtMostEightyCharacters() throws IOException {
    project("organisation:\n  name: \"" + "x".repeat(81) + "\"\n  confidentiality: \"a\\u0007b\"\n");
    assertEquals(List.of(
        "TMP/project/kit.yaml:2:9: 'organisation.name' is 81 characters long; the limit is 80",
        "TMP/project/kit.yaml:3:20: 'organisation.confidentiality' holds the control character "
            + "U+0007; write it on one line without it"), problems());
  }

  @Test
  void anEmptyFileSetsNothing() throws IOException {
    project("# nothing yet\n");
    assertEquals(KitConfig.defaults(dirs), load());
  }

  @Test
  void aFileThatIsNotAMappingIsRefused() throws IOException {
    project("- paper: a4\n");
    assertEquals(List.of("TMP/project/kit.yaml:1:1: kit.yaml must be a mapping of keys, got a "
        + "list"), problems());
  }

  @Test
  void foreignTagsAndDuplicateKeysAreRefusedAsInEveryYamlFile() throws IOException {
    project("paper: !!java.io.File a4\n");
    assertTrue(problems().get(0).startsWith("TMP/project/kit.yaml:1:8: tag '!!java.io.File' is "
        + "not allowed"), problems().toString());
    project("paper: a4\npaper: letter\n");
    assertTrue(problems().get(0).contains("duplicate key"), problems().toString());
  }

  @Test
  void aLargeFileIsRefusedUnread() throws IOException {
    project("# " + "x".repeat(ConfigLoader.MAX_BYTES) + "\n");
    assertEquals(List.of("TMP/project/kit.yaml: file is larger than the limit of 64 KB (65536 "
        + "bytes)"), problems());
  }

  @Test
  void aFolderNamedKitYamlIsRefused() throws IOException {
    Files.createDirectories(project.resolve("kit.yaml"));
    assertEquals(List.of("TMP/project/kit.yaml: is a folder, not a file"), problems());
  }

  @Test
  void aMissingLogoIsNamedWithThePlaceOfTheKey() throws IOException {
    project("organisation:\n  logo: logo.png\n");
    assertEquals(List.of("TMP/project/kit.yaml:2:9: 'organisation.logo': TMP/project/logo.png "
        + "does not exist"), problems());
  }

  @Test
  void aLogoThatIsNotAnImageIsRefused() throws IOException {
    Files.writeString(project.resolve("logo.png"), "GIF89a, or any other text");
    project("organisation:\n  logo: logo.png\n");
    assertEquals(List.of("TMP/project/kit.yaml:2:9: 'organisation.logo': TMP/project/logo.png is "
        + "not a PNG or JPEG image; save the logo as PNG or JPEG"), problems());
  }

  @Test
  void aTruncatedPngIsRefused() throws IOException {
    byte[] png = Images.png(50, 50, false);
    Images.write(project.resolve("logo.png"), java.util.Arrays.copyOf(png, png.length / 2));
    project("organisation:\n  logo: logo.png\n");
    assertTrue(problems().get(0).startsWith("TMP/project/kit.yaml:2:9: 'organisation.logo': "
        + "TMP/project/logo.png is damaged: it cannot be decoded as PNG"), problems().toString());
  }

  @Test
  void aLogoLargerThanTwoMegabytesIsRefusedUnread() throws IOException {
    Images.write(project.resolve("logo.png"), new byte[LogoImage.MAX_BYTES + 1]);
    project("organisation:\n  logo: logo.png\n");
    assertEquals(List.of("TMP/project/kit.yaml:2:9: 'organisation.logo': TMP/project/logo.png: "
        + "file is larger than the limit of 2 MB (2097152 bytes)"), problems());
  }

  @Test
  void aLogoOfTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
    byte[] png = Images.png(8, 8, false);
    png[16] = 0;
    png[17] = 0;
    png[18] = (byte) 0x4E;
    png[19] = (byte) 0x20;
    Images.write(project.resolve("huge.png"), png);
    project("organisation:\n  logo: huge.png\n");
    assertEquals(List.of("TMP/project/kit.yaml:2:9: 'organisation.logo': TMP/project/huge.png is "
        + "20000 x 8 pixels; the limit is 4096 pixels a side and 8000000 pixels in all (a logo of "
        + "600 pixels across prints sharp)"), problems());
  }

  @Test
  void aCmykJpegIsRefusedWithWhatToDo() throws IOException {
    byte[] cmyk = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 20, 8, 0, 16, 0, 16, 4,
        1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0};
    Images.write(project.resolve("logo.jpg"), cmyk);
    project("organisation:\n  logo: logo.jpg\n");
    assertEquals(List.of("TMP/project/kit.yaml:2:9: 'organisation.logo': TMP/project/logo.jpg is "
        + "a JPEG with 4 colour channels (CMYK); save it as RGB or greyscale, or as PNG"),
        problems());
  }

  @Test
  void aTransparentPngIsFlattenedOntoWhite() throws IOException {
    Images.write(project.resolve("logo.png"), Images.png(40, 40, true));
    project("organisation:\n  logo: logo.png\n");
    Logo logo = load().organisation().logo().orElseThrow();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
    assertFalse(image.getColorModel().hasAlpha());
    assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF);
    assertEquals(0x1F3A93, image.getRGB(20, 20) & 0xFFFFFF);
  }

  @Test
  void aJpegIsKeptAsItIs() throws IOException {
    byte[] jpeg = Images.jpeg(64, 32);
    Images.write(project.resolve("logo.jpeg"), jpeg);
    project("organisation:\n  logo: logo.jpeg\n");
    Logo logo = load().organisation().logo().orElseThrow();
    assertArrayEquals(jpeg, logo.bytes());
    assertEquals(2.0, logo.aspectRatio());
  }

  @Test
  void theConfigurationIsValidatedWhenBuilt() {
    KitConfig defaults = KitConfig.defaults(dirs);
    assertThrows(IllegalArgumentException.class, () -> new KitConfig(defaults.organisation(),
        Optional.empty(), Paper.A4, Path.of(" "), defaults.record(), Optional.empty(),
        Optional.empty(), List.of(), Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new KitConfig(defaults.organisation(),
        Optional.empty(), Paper.A4, Path.of("x"), defaults.record(), Optional.empty(),
        Optional.empty(), List.of(), Map.of("colour", new dev.interviewkit.bank.Location("k", 1,
        1))));
    assertThrows(IllegalArgumentException.class, () -> new KitConfig.Recording("relative.db",
        Optional.empty(), Optional.empty(), OptionalInt.empty()));
    assertThrows(IllegalArgumentException.class, () -> new KitConfig.Recording("off",
        Optional.empty(), Optional.of("not a name"), OptionalInt.empty()));
    assertThrows(IllegalArgumentException.class, () -> new KitConfig.Recording("off",
        Optional.empty(), Optional.empty(), OptionalInt.of(0)));
  }

  @Test
  void theUserFileAloneIsEnough() throws IOException {
    user("paper: a4\n");
    assertEquals(Paper.A4, load().paper());
    assertEquals(StandardCharsets.UTF_8.name(), "UTF-8");
  }
}
