package dev.interviewkit.workbench.model;

import dev.interviewkit.output.OutputSet;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.print.Printing;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.print.PrintService;

/** What the loop editor writes, prints and previews, through {@link LoopService}. */
final class LoopOutput {

  private final Workbench workbench;
  private final LoopEditor editor;

  LoopOutput(Workbench workbench, LoopEditor editor) {
    this.workbench = workbench;
    this.editor = editor;
  }

  List<Path> existing() {
    LoopRequest request = editor.request(Outputs.PACKET, editor.formats(), false);
    return workbench.service().render(editor.plan(request), request).existing();
  }

  List<Path> generate(boolean replace, LoopEditor.Progress progress) {
    refuseWhileBlocked();
    LoopRequest request = editor.request(Outputs.PACKET, editor.formats(), replace);
    progress.step("Planning the loop", 0, 3);
    LoopService.Planned fresh = editor.plan(request);
    progress.step("Rendering " + editor.formats().size() * Outputs.PACKET.documents(
        fresh.loop(), workbench.service().documents(fresh, editor.paper())).size()
        + " files", 1, 3);
    OutputSet files = workbench.service().render(fresh, request);
    progress.step("Writing to " + files.folder(), 2, 3);
    List<Path> written = files.write(replace);
    progress.step("Wrote " + written.size() + " files", 3, 3);
    return written;
  }

  List<Path> printScorecards(PrintService printer, Consumer<String> status) {
    refuseWhileBlocked();
    Printing.check(printer, editor.paper());
    LoopRequest request = editor.request(Outputs.SCORECARDS, List.of("pdf"), true);
    LoopService.Planned fresh = editor.plan(request);
    List<Path> written = workbench.service().render(fresh, request).write(true);
    for (Path pdf : written) {
      status.accept("Printing " + pdf.getFileName() + " on " + printer.getName());
      String file = pdf.getFileName().toString();
      Printing.print(printer, pdf, editor.paper(), fresh.loop().candidate() + " - "
          + file.substring(0, file.length() - 4));
    }
    return written;
  }

  List<String> documents() {
    LoopService.Planned planned = editor.planned();
    return List.copyOf(Outputs.PACKET.documents(planned.loop(),
        workbench.service().documents(planned, editor.paper())).keySet());
  }

  byte[] pdf(String stem) {
    LoopService.Planned planned = editor.planned();
    Loop loop = planned.loop();
    var docs = Outputs.PACKET.documents(loop, workbench.service().documents(planned,
        editor.paper()));
    var document = docs.get(stem);
    if (document == null) {
      throw new IllegalArgumentException("no document " + stem);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      workbench.host().renderers().get("pdf").render(document, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An invalid field or an unplannable loop refuses the run, as the window's Generate does. */
  private void refuseWhileBlocked() {
    editor.blocker().ifPresent(reason -> {
      throw new IllegalStateException(reason);
    });
  }
}
