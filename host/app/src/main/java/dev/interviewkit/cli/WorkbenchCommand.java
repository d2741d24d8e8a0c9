package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.workbench.model.Workbench;
import dev.interviewkit.workbench.ui.WorkbenchWindow;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "workbench", mixinStandardHelpOptions = true,
    description = {"Open the desktop window: navigator, loop editor, preview, problems and plugins.",
        "Needs a display; without one it says so and exits " + ExitCode.NO_DISPLAY + "."})
final class WorkbenchCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  WorkbenchCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (GraphicsEnvironment.isHeadless()) {
      throw noDisplay();
    }
    Workbench workbench = new Workbench(context.host(options),
        () -> context.bankSources(options), context.installation(options).banks(),
        context.service(options));
    AtomicReference<WorkbenchWindow> window = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        WorkbenchWindow.installLookAndFeel();
        window.set(WorkbenchWindow.create(workbench));
      } catch (AWTError | HeadlessException e) {
        failure.set(e);
      }
    });
    if (failure.get() != null) {
      throw noDisplay();
    }
    window.get().awaitClose();
    return ExitCode.OK;
  }

  private static KitException noDisplay() {
    String display = System.getenv("DISPLAY");
    return new KitException(ExitCode.NO_DISPLAY, "no display"
        + (display == null || display.isEmpty() ? " (DISPLAY is not set)"
            : " (cannot open DISPLAY " + display + ")")
        + ": the workbench needs a desktop session; every action is also a command, see "
        + "'kit --help'");
  }
}
