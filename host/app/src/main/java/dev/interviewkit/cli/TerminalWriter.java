package dev.interviewkit.cli;

import dev.interviewkit.output.Terminal;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Standard output or error with every control character escaped as it is written (see {@link
 * Terminal}); only line feeds and tabs pass. Whatever a bank, a plugin or a batch file holds, no
 * escape sequence reaches the terminal but the progress bar's own, sent with {@link #control}.
 */
final class TerminalWriter extends PrintWriter {

  TerminalWriter(PrintWriter target) {
    super(target, true);
  }

  /** Wraps {@code writer} unless it is one already. */
  static PrintWriter of(PrintWriter writer) {
    return writer instanceof TerminalWriter ? writer : new TerminalWriter(writer);
  }

  /** Sends a terminal control sequence of the kit's own, unescaped. */
  static void control(PrintWriter writer, String sequence) {
    if (writer instanceof TerminalWriter t) {
      synchronized (t.lock) {
        try {
          t.out.write(sequence);
          t.out.flush();
        } catch (IOException e) {
          t.setError();
        }
      }
    } else {
      writer.print(sequence);
      writer.flush();
    }
  }

  @Override
  public void write(int c) {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) {
    String part = s.substring(off, off + len);
    // A line separator that is "\r\n" (Windows) is a line break, not a carriage return.
    String safe = System.lineSeparator().equals("\r\n")
        ? String.join("\r\n", java.util.Arrays.stream(part.split("\r\n", -1))
            .map(Terminal::escape).toList())
        : Terminal.escape(part);
    super.write(safe, 0, safe.length());
  }
}
