package dev.interviewkit.cli;

import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Command-line mistakes in one line, with the closest command or option when there is one. */
final class Usage {

  private Usage() {}

  static String message(ParameterException e) {
    List<String> stray = e.getCommandLine().getUnmatchedArguments();
    if (e instanceof picocli.CommandLine.MissingParameterException && !stray.isEmpty()) {
      // A misspelt required option is reported as missing first: name the misspelling instead.
      e = new UnmatchedArgumentException(e.getCommandLine(), stray);
    }
    if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    String word = u.getUnmatched().get(0);
    List<String> suggestions = u.getSuggestions();
    boolean root = u.getCommandLine().getParent() == null;
    String what = u.isUnknownOption() ? "unknown option" : root ? "unknown command"
        : "unexpected argument";
    String where = root ? "" : " for '" + u.getCommandLine().getCommandSpec().qualifiedName()
        + "'";
    String hint = suggestions.isEmpty() ? "" : " (did you mean '" + suggestions.get(0) + "'?)";
    return what + " '" + word + "'" + where + hint;
  }
}
