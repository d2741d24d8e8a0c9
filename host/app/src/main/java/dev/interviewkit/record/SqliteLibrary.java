package dev.interviewkit.record;

import dev.interviewkit.config.Dirs;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * SQLite's native library, unpacked once into the cache folder and loaded from there.
 *
 * <p>Left alone, sqlite-jdbc unpacks its library into the temporary folder on every run, reads it
 * back to compare, and deletes it at exit: about 80 ms of every cold loop, and a write outside
 * {@code --out}. Here the library is kept under {@code $XDG_CACHE_HOME/interview-kit/native/}, in
 * a folder named by the jar entry's CRC-32, and checked against that CRC and size before each
 * use; a missing, short or altered copy is unpacked again (to a temporary name, then moved into
 * place). When the cache cannot be used the driver's own unpacking runs, as before.
 */
final class SqliteLibrary {

  static final String PATH_PROPERTY = "org.sqlite.lib.path";
  static final String NAME_PROPERTY = "org.sqlite.lib.name";
  private static boolean done;

  private SqliteLibrary() {}

  /** Points the driver at the cached library, unless the user set the driver's properties. */
  static synchronized void prepare() {
    if (done) {
      return;
    }
    done = true;
    if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
      return;
    }
    cached(Dirs.fromEnvironment().cache().resolve("native")).ifPresent(lib -> {
      System.setProperty(PATH_PROPERTY, lib.getParent().toString());
      System.setProperty(NAME_PROPERTY, lib.getFileName().toString());
    });
  }

  /** The library for this platform in {@code root}, unpacked there if needed; empty if it can't. */
  static Optional<Path> cached(Path root) {
    try {
      String name = libraryName();
      String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo
          .getNativeLibFolderPathForCurrentOS() + "/" + name;
      URL url = org.sqlite.JDBC.class.getResource(resource);
      if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      jar.setUseCaches(true);
      ZipEntry entry = jar.getJarEntry();
      if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
        return Optional.empty();
      }
      Path lib = root.resolve(String.format(Locale.ROOT, "sqlite-jdbc-%08x", entry.getCrc()))
          .resolve(name);
      if (!intact(lib, entry)) {
        unpack(url, lib);
        if (!intact(lib, entry)) {
          return Optional.empty();
        }
      }
      return Optional.of(lib.toAbsolutePath());
    } catch (IOException | RuntimeException | LinkageError e) {
      return Optional.empty(); // the driver unpacks it itself
    }
  }

  private static String libraryName() {
    String name = System.mapLibraryName("sqlitejdbc");
    return name.endsWith(".jnilib") ? name.replace(".jnilib", ".dylib") : name;
  }

  /** Whether {@code lib} is a regular file with the entry's size and CRC-32. */
  static boolean intact(Path lib, ZipEntry entry) throws IOException {
    if (!Files.isRegularFile(lib, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        || Files.size(lib) != entry.getSize()) {
      return false;
    }
    CRC32 crc = new CRC32();
    try (FileChannel in = FileChannel.open(lib, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
      while (in.read(buffer) >= 0) {
        buffer.flip();
        crc.update(buffer);
        buffer.clear();
      }
    }
    return crc.getValue() == entry.getCrc();
  }

  private static void unpack(URL url, Path lib) throws IOException {
    Files.createDirectories(lib.getParent());
    Path part = Files.createTempFile(lib.getParent(), lib.getFileName().toString(), ".part");
    try {
      try (InputStream in = url.openStream()) {
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }
}
