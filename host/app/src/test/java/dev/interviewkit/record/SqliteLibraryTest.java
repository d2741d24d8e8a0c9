package dev.interviewkit.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native library kept in the cache folder instead of unpacked to the temp folder each run. */
class SqliteLibraryTest {

  @TempDir Path root;

  @Test
  void unpacksTheDriversOwnLibraryByteForByte() throws Exception {
    Path lib = SqliteLibrary.cached(root).orElseThrow();
    assertTrue(lib.startsWith(root.toAbsolutePath()), lib.toString());
    String resource = "/org/sqlite/native/"
        + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
        + lib.getFileName();
    try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
      assertArrayEquals(in.readAllBytes(), Files.readAllBytes(lib));
    }
    CRC32 crc = new CRC32();
    crc.update(Files.readAllBytes(lib));
    assertEquals(String.format("sqlite-jdbc-%08x", crc.getValue()),
        lib.getParent().getFileName().toString(), "the folder is named by the content's CRC-32");
    try (var leftovers = Files.list(lib.getParent())) {
      assertEquals(1, leftovers.count(), "no .part file is left behind");
    }
  }

  @Test
  void anIntactCopyIsReusedNotWrittenAgain() throws Exception {
    Path lib = SqliteLibrary.cached(root).orElseThrow();
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(lib, old);
    assertEquals(lib, SqliteLibrary.cached(root).orElseThrow());
    assertEquals(old, Files.getLastModifiedTime(lib));
  }

  @Test
  void aTruncatedOrAlteredCopyIsReplaced() throws Exception {
    Path lib = SqliteLibrary.cached(root).orElseThrow();
    byte[] good = Files.readAllBytes(lib);

    Files.write(lib, java.util.Arrays.copyOf(good, good.length / 2));
    assertArrayEquals(good, Files.readAllBytes(SqliteLibrary.cached(root).orElseThrow()));

    byte[] altered = good.clone();
    altered[altered.length / 3] ^= 0x5a;
    Files.write(lib, altered);
    assertArrayEquals(good, Files.readAllBytes(SqliteLibrary.cached(root).orElseThrow()));
  }

  @Test
  void aSymbolicLinkInItsPlaceIsNotLoaded() throws Exception {
    Path lib = SqliteLibrary.cached(root).orElseThrow();
    Path elsewhere = Files.copy(lib, root.resolve("planted.so"));
    Files.delete(lib);
    Files.createSymbolicLink(lib, elsewhere);
    Path again = SqliteLibrary.cached(root).orElseThrow();
    assertFalse(Files.isSymbolicLink(again), "the link was replaced by a real copy");
    assertArrayEquals(Files.readAllBytes(elsewhere), Files.readAllBytes(again));
  }

  @Test
  void aProcessRecordingALoopUnpacksTheLibraryIntoTheCacheNotTheTemporaryFolder() throws Exception {
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Path cache = root.resolve("cache");
    ProcessBuilder p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        RecordLoops.class.getName(), root.resolve("record.db").toString(), "Tmp", "1",
        root.resolve("loops").toString()).redirectErrorStream(true);
    p.environment().put("XDG_CACHE_HOME", cache.toString());
    assertEquals(0, RecordLoops.finish(p.start()));
    try (var left = Files.list(tmp)) {
      assertEquals(java.util.List.of(), left.toList());
    }
    try (var libs = Files.walk(cache.resolve("interview-kit").resolve("native"))) {
      assertEquals(1, libs.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void anUnwritableCacheFallsBackToTheDriversOwnUnpacking() throws Exception {
    Path file = Files.writeString(root.resolve("not-a-folder"), "x");
    assertTrue(SqliteLibrary.cached(file.resolve("native")).isEmpty());
  }
}
