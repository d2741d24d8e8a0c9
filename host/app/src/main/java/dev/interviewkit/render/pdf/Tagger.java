package dev.interviewkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BodyCanvases;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Builds the structure tree and marks every piece of page content as tagged content of a
 * structure element or as an artifact. OpenPDF's layout writes no marked content, so the tagger
 * marks content after it is written: it remembers where a canvas stood before a block or cell
 * and wraps what was added since in {@code BDC .. EMC} (flowing text on OpenPDF's body canvases,
 * {@link BodyCanvases}; a table cell's text, background and borders from the cell's event).
 */
final class Tagger extends PdfPageEventHelper {

  static final PdfName ARTIFACT = new PdfName("Artifact");
  static final PdfName TR = new PdfName("TR");
  private static final PdfName SCOPE = new PdfName("Scope");

  private static final Map<PdfWriter, Tagger> BY_WRITER =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final PdfWriter writer;
  private final Node document;
  /** Where each table canvas of this page was last marked up to. */
  private final Map<PdfContentByte, Integer> marked = new IdentityHashMap<>();
  private Flow flow;

  /** An element of the structure tree, made in the file only once content is marked for it. */
  final class Node {

    private final Node parent;
    private final PdfName type;
    private final Map<PdfName, PdfObject> entries = new LinkedHashMap<>();
    private PdfStructureElement element;

    private Node(Node parent, PdfName type) {
      this.parent = parent;
      this.type = type;
    }

    Node child(PdfName childType) {
      return new Node(this, childType);
    }

    /** A heading's element: H1, H2 or H3. */
    Node heading(int level) {
      return child(new PdfName("H" + level));
    }

    /** A table header cell, heading its column ({@code column}) or its row. */
    Node header(boolean column) {
      Node th = child(PdfName.TH);
      PdfDictionary attributes = new PdfDictionary();
      attributes.put(PdfName.O, PdfName.TABLE);
      attributes.put(SCOPE, new PdfName(column ? "Column" : "Row"));
      th.entries.put(PdfName.A, attributes);
      return th;
    }

    /** A figure described by {@code alt} for screen readers; an artifact with no description. */
    Node figure(String alt) {
      if (alt.isBlank()) {
        return child(ARTIFACT);
      }
      Node figure = child(PdfName.FIGURE);
      figure.entries.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
      return figure;
    }

    boolean isArtifact() {
      return type == ARTIFACT;
    }

    boolean isCell() {
      return PdfName.TD.equals(type) || PdfName.TH.equals(type);
    }

    private PdfStructureElement element() {
      if (element == null) {
        element = parent == null ? new PdfStructureElement(root(), type)
            : new PdfStructureElement(parent.element(), type);
        entries.forEach(element::put);
      }
      return element;
    }
  }

  /** A block of flowing text being written: what its text and its list symbol are tagged as. */
  private record Flow(Node text, Node graphics, Canvas[] at) {}

  /** A canvas and the offset from which its content is not yet marked. */
  private record Canvas(PdfContentByte canvas, int from) {}

  Tagger(PdfWriter writer) {
    this.writer = writer;
    writer.setTagged();
    this.document = new Node(null, PdfName.DOCUMENT);
    BY_WRITER.put(writer, this);
  }

  /** The structure tree's root; OpenPDF makes it once the document is open. */
  private PdfStructureTreeRoot root() {
    return writer.getStructureTreeRoot();
  }

  /** The tagger of the document {@code writer} writes. */
  static Tagger of(PdfWriter writer) {
    Tagger tagger = BY_WRITER.get(writer);
    if (tagger == null) {
      throw new IllegalStateException("no tagger for this PDF");
    }
    return tagger;
  }

  /** Lets go of the writer: called when its document is written or has failed. */
  void forget() {
    BY_WRITER.remove(writer);
  }

  Node document() {
    return document;
  }

  /** A node whose content is marked as an artifact: rules, fills, empty cells. */
  Node artifact() {
    return new Node(document, ARTIFACT);
  }

  /** Starts a block of flowing text (a paragraph, a heading, a list item). */
  void beginFlow(Node text, Node graphics) {
    BodyCanvases.flush(writer);
    flow = new Flow(text, graphics, here(false));
  }

  /** Ends the block begun last: marks what it wrote. */
  void endFlow() {
    BodyCanvases.flush(writer);
    markFlow();
    flow = null;
  }

  private Canvas[] here(boolean pageStart) {
    PdfContentByte text = BodyCanvases.text(writer);
    PdfContentByte graphics = BodyCanvases.graphics(writer);
    return new Canvas[] {
        new Canvas(text, pageStart ? BodyCanvases.textStart(writer) : text.getInternalBuffer().size()),
        new Canvas(graphics, pageStart ? 0 : graphics.getInternalBuffer().size())};
  }

  private void markFlow() {
    Canvas[] at = flow.at();
    PdfContentByte text = BodyCanvases.text(writer);
    // OpenPDF replaces the text canvas without a page event when it drops an empty page
    int textFrom = at[0].canvas() == text ? at[0].from() : BodyCanvases.textStart(writer);
    PdfContentByte graphics = BodyCanvases.graphics(writer);
    // the symbol first: a list item's Lbl comes before its LBody
    mark(graphics, at[1].canvas() == graphics ? at[1].from() : 0, flow.graphics());
    mark(text, textFrom, flow.text());
  }

  @Override
  public void onEndPage(PdfWriter pdfWriter, com.lowagie.text.Document pdf) {
    if (flow != null) {
      BodyCanvases.flush(writer);
      markFlow();
    }
    marked.clear();
  }

  @Override
  public void onStartPage(PdfWriter pdfWriter, com.lowagie.text.Document pdf) {
    if (flow != null) {
      flow = new Flow(flow.text(), flow.graphics(), here(true));
    }
  }

  /** The cell event marking a cell's text as {@code node}, its fill and borders as artifacts. */
  PdfPCellEvent cell(Node node) {
    return (PdfPCell cell, Rectangle position, PdfContentByte[] canvases) -> {
      markTable(canvases[PdfPTable.BACKGROUNDCANVAS], null);
      markTable(canvases[PdfPTable.LINECANVAS], null);
      markTable(canvases[PdfPTable.TEXTCANVAS], node);
      if (node != null && node.isCell()) {
        node.element(); // an empty cell is still a cell of its row
      }
    };
  }

  /** Sets {@code node}'s cell event on {@code cell}, after the events it has. */
  PdfPCell tag(PdfPCell cell, Node node) {
    cell.setCellEvent(cell(node));
    return cell;
  }

  private void markTable(PdfContentByte canvas, Node node) {
    mark(canvas, marked.getOrDefault(canvas, 0), node);
    marked.put(canvas, canvas.getInternalBuffer().size());
  }

  /**
   * Wraps what {@code canvas} holds from {@code from} on as content of {@code node}, or as an
   * artifact when {@code node} is null or one; nothing when nothing was written.
   */
  private static void mark(PdfContentByte canvas, int from, Node node) {
    ByteBuffer buffer = canvas.getInternalBuffer();
    int size = buffer.size();
    if (from >= size) {
      return;
    }
    byte[] added = Arrays.copyOfRange(buffer.getBuffer(), from, size);
    buffer.setSize(from);
    if (node == null || node.isArtifact()) {
      canvas.beginMarkedContentSequence(ARTIFACT);
    } else {
      canvas.beginMarkedContentSequence(node.element());
    }
    buffer.append(added);
    canvas.endMarkedContentSequence();
  }

  /** Runs {@code drawing} on {@code canvas} as an artifact of the page's layout. */
  static void artifact(PdfContentByte canvas, Runnable drawing) {
    canvas.beginMarkedContentSequence(ARTIFACT);
    drawing.run();
    canvas.endMarkedContentSequence();
  }

  /**
   * Puts the widget {@code widget} in a Form element of its own, after what is tagged so far:
   * the element's kid is the widget (an object reference), the widget's /StructParent leads back.
   */
  void widget(PdfAnnotation widget) {
    PdfStructureElement form = document.child(PdfName.FORM).element();
    PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
    reference.put(PdfName.OBJ, widget.getIndirectReference());
    reference.put(PdfName.PG, writer.getCurrentPage());
    form.put(PdfName.K, reference);
    form.put(PdfName.PG, writer.getCurrentPage());
    widget.put(PdfName.STRUCTPARENT, new PdfNumber(root().addExistingObject(form.getReference())));
  }
}
