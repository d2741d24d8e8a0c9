package dev.interviewkit.debrief;

import dev.interviewkit.output.OutputException;
import dev.interviewkit.output.LoopFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder a debrief is written to: the loop's own folder name ({@code DATE-candidate-role},
 * as {@code packet} names it) built from the verified loop, never from any other text of a
 * scorecard, and always a direct child of {@code --out} that is not a symbolic link.
 */
public final class DebriefFolder {

  private DebriefFolder() {}

  /** The loop's folder, named and locked as {@code packet} names and locks it. */
  public static LoopFolder loopFolder(LoopIdentity loop) {
    return new LoopFolder(loop.role(), loop.date(), loop.candidate());
  }

  public static Path of(Path out, LoopIdentity loop) {
    String name = loopFolder(loop).name();
    Path base = out.toAbsolutePath().normalize();
    Path folder = base.resolve(name).normalize();
    if (!name.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9_-]+") || !base.equals(folder.getParent())) {
      throw new OutputException("refusing to write the debrief outside " + out + ": " + name);
    }
    if (Files.isSymbolicLink(folder)) {
      throw new OutputException("refusing to write the debrief through the symbolic link "
          + folder);
    }
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && Files.exists(base)) {
      try {
        if (!folder.toRealPath().getParent().equals(base.toRealPath())) {
          throw new OutputException("refusing to write the debrief outside " + out + ": "
              + folder + " leads elsewhere");
        }
      } catch (IOException e) {
        throw new OutputException("cannot check the output folder " + folder + ": "
            + e.getMessage());
      }
    }
    return out.resolve(name);
  }
}
