package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.service.Trace;
import dev.interviewkit.workbench.model.PreferencesStore;
import dev.interviewkit.workbench.model.Workbench;
import dev.interviewkit.workbench.ui.WorkbenchWindow;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "workbench", mixinStandardHelpOptions = true,
    description = {"Open the desktop window: navigator, loop editor, preview, problems and plugins.",
        "Needs a display; without one it says so and exits " + ExitCode.NO_DISPLAY + "."})
final class WorkbenchCommand implements Callable<Integer> {

  /** For the benchmark: {@code first-window} or {@code ready} prints the time and exits. */
  private static final String EXIT = System.getenv("KIT_WORKBENCH_EXIT");

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  WorkbenchCommand(Context context) {
    this.context = context;
  }

  /** The window {@link #prepare} showed, for the first {@link #open} to fill. */
  private static final AtomicReference<JFrame> EARLY = new AtomicReference<>();

  /**
   * Shows the empty window on the event thread at once, while the command line is parsed; not
   * for {@code --help} or {@code --version}, which print and exit.
   */
  static void prepare(String[] args) {
    if (GraphicsEnvironment.isHeadless() || java.util.Arrays.stream(args).anyMatch(
        a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"))) {
      return;
    }
    SwingUtilities.invokeLater(() -> {
      try {
        WorkbenchWindow.installLookAndFeel();
        EARLY.set(shown(WorkbenchWindow.starting(PreferencesStore.user())));
      } catch (AWTError | HeadlessException e) {
        // call() says there is no display
      }
    });
  }

  /** Reports the first window to the benchmark once it is painted. */
  private static JFrame shown(JFrame frame) {
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowOpened(WindowEvent e) {
        frame.getRootPane().paintImmediately(frame.getRootPane().getBounds());
        exitFor("first-window");
      }
    });
    return frame; // WINDOW_OPENED is still to be dispatched: setVisible only posted it
  }

  @Override
  public Integer call() throws Exception {
    if (GraphicsEnvironment.isHeadless()) {
      throw noDisplay();
    }
    Context run = context;
    boolean again = true;
    while (again) {
      WorkbenchWindow window = open(run);
      window.awaitClose();
      again = window.restartRequested();
      if (again) {
        if (run != context) {
          run.close();
        }
        run = new Context(context.out, context.err); // plugins start afresh, as on a new run
      }
    }
    if (run != context) {
      run.close();
    }
    return ExitCode.OK;
  }

  /** Shows the window first, then starts the plugins and reads the banks behind it. */
  private WorkbenchWindow open(Context run) throws Exception {
    PreferencesStore store = PreferencesStore.user(context.config());
    AtomicReference<JFrame> frame = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        WorkbenchWindow.installLookAndFeel();
        JFrame early = EARLY.getAndSet(null);
        frame.set(early != null && early.isDisplayable() ? early
            : shown(WorkbenchWindow.starting(store)));
      } catch (AWTError | HeadlessException e) {
        failure.set(e);
      }
    });
    if (failure.get() != null) {
      throw noDisplay();
    }
    Trace.mark("first window");
    Workbench workbench;
    try {
      workbench = new Workbench(run.host(options), () -> run.bankSources(options),
          run.installation(options).banks(), run.freshService(options));
    } catch (RuntimeException e) {
      SwingUtilities.invokeLater(() -> frame.get().dispose());
      throw e;
    }
    AtomicReference<WorkbenchWindow> window = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> window.set(WorkbenchWindow.create(workbench, store,
        frame.get())));
    Trace.mark("workbench ready");
    SwingUtilities.invokeLater(() -> exitFor("ready"));
    return window.get();
  }

  private static void exitFor(String what) {
    if (what.equals(EXIT)) {
      System.err.println("kit: " + what + " after "
          + ManagementFactory.getRuntimeMXBean().getUptime() + " ms of the JVM");
      System.err.flush();
      Runtime.getRuntime().halt(0);
    }
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
