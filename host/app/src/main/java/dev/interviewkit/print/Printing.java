package dev.interviewkit.print;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;

/**
 * Sends written PDF files to a printer through the system print service (javax.print; CUPS on
 * Linux and macOS). The PDF bytes are submitted as {@code application/pdf}, so the spooler's own
 * filters (CUPS: pdftopdf and the printer driver) lay out the pages; the paper is requested
 * explicitly so a Letter loop is never scaled onto A4 or the other way round. Every failure is a
 * {@link KitException} with {@link ExitCode#PRINT} whose one-line message names the printer.
 */
public final class Printing {

  /** One printer as {@code kit printers} lists it. */
  public record PrinterInfo(String name, boolean isDefault, boolean acceptsPdf, boolean letter,
      boolean a4) {}

  private Printing() {}

  /** Every printer the system print service knows, sorted by name. */
  public static List<PrinterInfo> printers() {
    String fallback = defaultService().map(PrintService::getName).orElse("");
    List<PrinterInfo> rows = new ArrayList<>();
    for (PrintService s : services()) {
      DocFlavor flavor = flavor(s);
      rows.add(new PrinterInfo(s.getName(), s.getName().equals(fallback), flavor != null,
          flavor != null && supportsPaper(s, flavor, Paper.LETTER),
          flavor != null && supportsPaper(s, flavor, Paper.A4)));
    }
    rows.sort(java.util.Comparator.comparing(PrinterInfo::name));
    return rows;
  }

  /**
   * The named printer, or the system default when {@code name} is null.
   *
   * @throws KitException naming the printer, listing the available ones
   */
  public static PrintService resolve(String name) {
    List<PrintService> all = services();
    List<String> names = all.stream().map(PrintService::getName).sorted().toList();
    String available = names.isEmpty() ? "none" : String.join(", ", names);
    if (name == null) {
      if (all.isEmpty()) {
        throw new KitException(ExitCode.PRINT, "no printer is installed; add one to the system "
            + "print service (on Linux: CUPS, 'lpadmin') and check with './kit printers'");
      }
      return defaultService().orElseThrow(() -> new KitException(ExitCode.PRINT,
          "no default printer is set; pass --printer NAME (available: " + available
              + ") or set a default with 'lpoptions -d NAME'"));
    }
    return all.stream().filter(s -> s.getName().equals(name)).findFirst()
        .or(() -> all.stream().filter(s -> s.getName().equalsIgnoreCase(name)).findFirst())
        .orElseThrow(() -> new KitException(ExitCode.PRINT, "unknown printer '" + name
            + "'; available: " + available));
  }

  /**
   * Checks that {@code service} can print PDF on {@code paper}; call before writing anything.
   *
   * @throws KitException naming the printer when it cannot
   */
  public static void check(PrintService service, Paper paper) {
    DocFlavor flavor = flavor(service);
    if (flavor == null) {
      throw new KitException(ExitCode.PRINT, "printer '" + service.getName()
          + "' does not accept PDF documents");
    }
    if (!supportsPaper(service, flavor, paper)) {
      throw new KitException(ExitCode.PRINT, "printer '" + service.getName() + "' has no "
          + paperName(paper) + " paper; choose another printer or --paper");
    }
  }

  /**
   * Submits one PDF file as one job, on {@code paper}, portrait, one copy.
   *
   * @param jobName what the spooler's queue shows
   * @throws KitException naming the printer and the file when the spooler refuses the job
   */
  public static void print(PrintService service, Path pdf, Paper paper, String jobName) {
    check(service, paper);
    DocFlavor flavor = flavor(service);
    PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
    attributes.add(media(paper));
    attributes.add(OrientationRequested.PORTRAIT);
    attributes.add(new Copies(1));
    attributes.add(new JobName(jobName, java.util.Locale.ROOT));
    DocPrintJob job = service.createPrintJob();
    Listener listener = new Listener();
    job.addPrintJobListener(listener);
    try (InputStream in = Files.newInputStream(pdf)) {
      Doc doc = new SimpleDoc(in, flavor, null);
      job.print(doc, attributes);
    } catch (IOException e) {
      throw new KitException(ExitCode.PRINT, "cannot read " + pdf + " to print it on '"
          + service.getName() + "': " + e.getMessage());
    } catch (PrintException e) {
      throw new KitException(ExitCode.PRINT, "printer '" + service.getName()
          + "' refused the job for " + pdf.getFileName() + ": " + reason(e));
    }
    if (listener.failed) {
      throw new KitException(ExitCode.PRINT, "printer '" + service.getName()
          + "' refused the job for " + pdf.getFileName());
    }
  }

  /** The attribute that asks the spooler for {@code paper}. */
  public static MediaSizeName media(Paper paper) {
    return paper == Paper.A4 ? MediaSizeName.ISO_A4 : MediaSizeName.NA_LETTER;
  }

  static String paperName(Paper paper) {
    return paper == Paper.A4 ? "A4" : "Letter";
  }

  private static List<PrintService> services() {
    return Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
  }

  private static Optional<PrintService> defaultService() {
    return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
  }

  /** PDF as a stream if the service takes it, else auto-sensed bytes, else null. */
  private static DocFlavor flavor(PrintService service) {
    if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
      return DocFlavor.INPUT_STREAM.PDF;
    }
    if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.AUTOSENSE)) {
      return DocFlavor.INPUT_STREAM.AUTOSENSE;
    }
    return null;
  }

  private static boolean supportsPaper(PrintService service, DocFlavor flavor, Paper paper) {
    Object values = service.getSupportedAttributeValues(Media.class, flavor, null);
    if (!(values instanceof Media[] media) || media.length == 0) {
      return true; // the service does not say: let the spooler decide
    }
    MediaSizeName wanted = media(paper);
    return Arrays.asList(media).contains(wanted);
  }

  private static String reason(PrintException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName()
        : root.getMessage();
    if (message.contains("/usr/bin/lpr") || message.contains("/usr/bin/lp")) {
      return message.strip() + " (install the CUPS command-line client, e.g. Debian's cups-bsd "
          + "and cups-client)";
    }
    return message.strip().replaceAll("\\s+", " ");
  }

  private static final class Listener extends javax.print.event.PrintJobAdapter {
    volatile boolean failed;

    @Override
    public void printJobFailed(javax.print.event.PrintJobEvent e) {
      failed = true;
    }
  }
}
