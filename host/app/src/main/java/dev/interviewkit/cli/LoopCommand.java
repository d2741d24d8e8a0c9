package dev.interviewkit.cli;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.print.Printing;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.print.PrintService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options and flow shared by {@code packet} and {@code scorecards}. */
abstract class LoopCommand implements Callable<Integer> {

  final Context context;
  private final Outputs outputs;
  @Mixin HostOptions options = new HostOptions();
  @Mixin LoopOptions loop = new LoopOptions();


  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Output formats, comma-separated (default: pdf,docx).")
  List<String> formats = new ArrayList<>(List.of("pdf", "docx"));

  @Option(names = "--paper", paramLabel = "letter|a4",
      description = "Paper size (default: kit.yaml's paper, else letter).")
  Paper paper;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: kit.yaml's out, else ./interview-packets).")
  Path out;

  @Option(names = "--force", description = "Replace files from an earlier run of the same loop.")
  boolean force;

  @Option(names = "--print",
      description = "Also send the written PDF files to a printer (default: the system default).")
  boolean print;

  @Option(names = "--printer", paramLabel = "NAME",
      description = "The printer for --print; see 'kit printers'.")
  String printer;

  LoopCommand(Context context, Outputs outputs) {
    this.context = context;
    this.outputs = outputs;
  }

  @Override
  public Integer call() {
    dev.interviewkit.service.Trace.mark("command parsed");
    dev.interviewkit.service.WarmUp.start(formats);
    Context.checkOut(out);
    Paper paper = this.paper != null ? this.paper : context.config().paper();
    Path out = this.out != null ? this.out : context.config().out();
    if (printer != null && !print) {
      throw new KitException(ExitCode.USAGE, "--printer needs --print");
    }
    if (print && !formats.contains("pdf")) {
      throw new KitException(ExitCode.USAGE, "--print prints the PDF files; add pdf to --format");
    }
    // Resolve and check the printer first: a wrong name must not leave files behind.
    PrintService service = print ? Printing.resolve(printer) : null;
    if (service != null) {
      Printing.check(service, paper);
    }
    LoopService loops = context.service(options);
    LoopRequest request = new LoopRequest(loop.role, loop.candidate, loop.parseDate(),
        loop.panel, outputs, formats, paper, loop.seed, loop.avoid, out, force);
    LoopService.Planned planned = loops.plan(request);
    dev.interviewkit.service.Trace.mark("planned");
    List<Path> written = loops.render(planned, request).write(force);
    dev.interviewkit.service.Trace.mark("written");
    written.forEach(context.out::println);
    if (service != null) {
      List<Path> pdfs = written.stream().filter(p -> p.toString().endsWith(".pdf")).toList();
      for (Path pdf : pdfs) {
        Printing.print(service, pdf, paper, jobName(planned.loop().candidate(), pdf));
      }
      context.err.println("kit: sent " + pdfs.size() + " PDF file" + (pdfs.size() == 1 ? "" : "s")
          + " to printer " + service.getName());
    }
    return ExitCode.OK;
  }

  /** What the print queue shows: the candidate and the file, without its extension. */
  static String jobName(String candidate, Path pdf) {
    String file = pdf.getFileName().toString();
    return candidate + " - " + file.substring(0, file.length() - ".pdf".length());
  }
}
