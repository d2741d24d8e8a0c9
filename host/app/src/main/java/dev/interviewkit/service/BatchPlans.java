package dev.interviewkit.service;

import dev.interviewkit.output.OutputSet;
import dev.interviewkit.plan.Panel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A batch's loops planned and rendered in memory a few rows ahead of the one being written, on
 * worker threads. A row sees the loops of the same candidate planned in earlier rows exactly as
 * it sees their recorded loops ({@link LoopService.Earlier}): it waits for those rows' plans,
 * never for later ones, so the outcome is the rows' order whatever the threads do.
 */
public final class BatchPlans implements AutoCloseable {

  /** A row's loop rendered in memory, with the request and plan it came from. */
  public record Rendered(OutputSet output, LoopRequest request, LoopService.Planned planned) {}

  private final LoopService service;
  private final IntFunction<LoopRequest> requests;
  private final int rows;
  private final int ahead;
  private final ExecutorService workers;
  private final List<CompletableFuture<Optional<LoopService.Identity>>> identities;
  private final List<CompletableFuture<LoopService.Planned>> plans;
  private final List<Future<Rendered>> jobs = new ArrayList<>();

  /**
   * @param requests row index to its request; may throw the row's fault
   * @param ahead how many rows are planned ahead of the one asked for
   */
  public BatchPlans(LoopService service, int rows, IntFunction<LoopRequest> requests, int ahead) {
    if (rows < 0 || ahead < 0) {
      throw new IllegalArgumentException("rows and ahead must not be negative");
    }
    this.service = service;
    this.requests = requests;
    this.rows = rows;
    this.ahead = ahead;
    this.identities = new ArrayList<>(rows);
    this.plans = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      identities.add(new CompletableFuture<>());
      plans.add(new CompletableFuture<>());
    }
    this.workers = Executors.newFixedThreadPool(Math.max(1, ahead), r -> {
      Thread t = new Thread(r, "batch");
      t.setDaemon(true);
      return t;
    });
  }

  /** Row {@code index}'s loop, or the exception it failed with; asked for in row order. */
  public Rendered get(int index) {
    // Submitted in row order to a first-in-first-out pool: a job only waits for earlier rows,
    // which have all started by then, so no job waits for one that cannot run.
    while (jobs.size() < rows && jobs.size() <= index + ahead) {
      int row = jobs.size();
      jobs.add(workers.submit(() -> run(row)));
    }
    Future<Rendered> job = jobs.get(index);
    jobs.set(index, null);
    try {
      return job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KitException(ExitCode.INTERNAL, "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Rendered run(int row) {
    LoopRequest request;
    Optional<Panel> panel;
    LoopService.Identity identity;
    try {
      request = requests.apply(row);
      panel = service.panel(request);
      identity = service.identity(request, panel);
    } catch (RuntimeException | Error e) {
      identities.get(row).complete(Optional.empty());
      plans.get(row).completeExceptionally(e);
      throw e;
    }
    identities.get(row).complete(Optional.of(identity));
    try {
      LoopService.Planned planned = service.plan(request, panel, earlier(row, identity));
      plans.get(row).complete(planned);
      return new Rendered(service.render(planned, request), request, planned);
    } catch (RuntimeException | Error e) {
      plans.get(row).completeExceptionally(e);
      throw e;
    }
  }

  /** The loops of the same candidate that rows before {@code row} planned (failed rows: none). */
  private LoopService.Earlier earlier(int row, LoopService.Identity identity) {
    Set<String> loops = new TreeSet<>();
    Set<String> questions = new TreeSet<>();
    for (int before = 0; before < row; before++) {
      Optional<LoopService.Identity> other = identities.get(before).join();
      if (other.isEmpty() || !identity.otherLoopOfSameCandidate(other.get())) {
        continue;
      }
      try {
        questions.addAll(plans.get(before).join().loop().questionIds());
        loops.add(other.get().loopKey());
      } catch (CompletionException failed) {
        // that row is reported as failed; it planned no loop to avoid
      }
    }
    return loops.isEmpty() ? LoopService.Earlier.NONE : new LoopService.Earlier(loops, questions);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
