package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a shell completion script for kit's commands and options.",
        "bash: source <(kit completion bash)   (or save it under bash-completion's completions/)",
        "zsh:  source <(kit completion zsh)    (after 'autoload -U compinit && compinit')"})
final class CompletionCommand implements Callable<Integer> {

  private final Context context;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh")
  Shell shell;

  enum Shell { bash, zsh }

  CompletionCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    // picocli's script serves both: under zsh it loads bashcompinit itself.
    context.out.print(AutoComplete.bash("kit", spec.root().commandLine()));
    context.out.flush();
    return ExitCode.OK;
  }
}
