package dev.interviewkit.bank;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Where a bank file is read from: the banks folder or a plugin's resources.
 *
 * @param path the name shown in messages
 * @param origin {@code question-banks} or {@code plugin <id>}
 */
public record BankSource(String path, String origin, Opener opener) {

  /** Opens the bytes of a source. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public BankSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(opener, "opener");
  }

  /**
   * The bank id the file name promises: the name without folders and {@code .yaml}; null for
   * standard input, which promises none.
   */
  String expectedId() {
    if (path.equals(StandardInput.NAME)) {
      return null;
    }
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    return name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
        : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : name;
  }
}
