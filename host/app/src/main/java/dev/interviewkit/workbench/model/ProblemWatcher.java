package dev.interviewkit.workbench.model;

import dev.interviewkit.bank.Problem;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the banks folder and reports the problems again after a bank file changes, once the
 * changes have settled (editors often write a file in several steps).
 */
public final class ProblemWatcher implements AutoCloseable {

  private static final long SETTLE_MILLIS = 300;

  private final WatchService watcher;
  private final Thread thread;

  ProblemWatcher(Path folder, Supplier<List<Problem>> problems, Consumer<List<Problem>> listener) {
    WatchService service;
    try {
      service = FileSystems.getDefault().newWatchService();
      folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException e) {
      service = null;
    }
    this.watcher = service;
    this.thread = new Thread(() -> run(problems, listener), "bank-watcher");
    thread.setDaemon(true);
    if (watcher != null) {
      thread.start();
    }
  }

  /** False when the folder cannot be watched (it does not exist, or the system refuses). */
  public boolean watching() {
    return watcher != null;
  }

  private void run(Supplier<List<Problem>> problems, Consumer<List<Problem>> listener) {
    try {
      while (true) {
        WatchKey key = watcher.take();
        boolean banks = key.pollEvents().stream()
            .anyMatch(e -> String.valueOf(e.context()).matches(".*\\.ya?ml"));
        key.reset();
        // Let a burst of writes settle, then report once.
        WatchKey more;
        while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          banks |= more.pollEvents().stream()
              .anyMatch(e -> String.valueOf(e.context()).matches(".*\\.ya?ml"));
          more.reset();
        }
        if (banks) {
          listener.accept(problems.get());
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    }
  }

  @Override
  public void close() {
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
      thread.interrupt();
    }
  }
}
