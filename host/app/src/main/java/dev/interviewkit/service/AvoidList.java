package dev.interviewkit.service;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.debrief.FormFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question ids to avoid, read from earlier loop overviews (PDF or Word, via their metadata) or
 * from any text file that mentions question ids.
 */
final class AvoidList {

  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+");

  private AvoidList() {}

  static Set<String> read(Iterable<Path> files, BankCatalog catalog) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path file : files) {
      String text;
      try {
        text = textOf(file);
      } catch (NoSuchFileException e) {
        throw new KitException(ExitCode.BAD_INPUT, "--avoid file " + file + " does not exist");
      }
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        if (catalog.question(m.group()).isPresent()) {
          ids.add(m.group());
        }
      }
    }
    return ids;
  }

  private static String textOf(Path file) throws IOException {
    dev.interviewkit.bank.InputFiles.requireRegular(file);
    Optional<FormFile> document = FormFile.read(file);
    return document.isPresent()
        ? document.get().properties().getOrDefault(LoopDocuments.KEY_QUESTIONS, "")
        : new String(dev.interviewkit.bank.InputFiles.read(file,
            dev.interviewkit.bank.YamlSource.MAX_BYTES), StandardCharsets.UTF_8);
  }
}
