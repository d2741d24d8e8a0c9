package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.PagePreview;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.image.BufferedImage;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingWorker;
import javax.swing.Timer;

/** The Preview: any document of the loop as page images, rendered in the background. */
final class PreviewView {

  private final LoopEditor editor;
  final JComboBox<String> documentBox = named(new JComboBox<>(), "preview.document");
  private final JLabel pageLabel = named(new JLabel("No preview"), "preview.page");
  private final JLabel pageImage = named(new JLabel(), "preview.image");
  private final JButton previousPage = named(new JButton("◀"), "preview.previous");
  private final JButton nextPage = named(new JButton("▶"), "preview.next");
  private final Timer timer;
  private PagePreview preview;
  private int page;
  private boolean updating;

  PreviewView(LoopEditor editor) {
    this.editor = editor;
    timer = new Timer(200, e -> render());
    timer.setRepeats(false);
    documentBox.addActionListener(e -> {
      if (!updating) {
        page = 0;
        timer.restart();
      }
    });
    previousPage.setToolTipText("Previous page");
    nextPage.setToolTipText("Next page");
    previousPage.addActionListener(e -> showPage(page - 1));
    nextPage.addActionListener(e -> showPage(page + 1));
  }

  JComponent panel() {
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
    top.add(documentBox);
    top.add(previousPage);
    top.add(pageLabel);
    top.add(nextPage);
    pageImage.setHorizontalAlignment(JLabel.CENTER);
    JScrollPane scroll = new JScrollPane(pageImage);
    scroll.getVerticalScrollBar().setUnitIncrement(24);
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(top, BorderLayout.NORTH);
    panel.add(scroll, BorderLayout.CENTER);
    return panel;
  }

  /** Lists the loop's documents again, keeping the one shown, and renders it soon. */
  void refresh() {
    updating = true;
    try {
      Object document = documentBox.getSelectedItem();
      documentBox.removeAllItems();
      if (editor.loop().isPresent()) {
        editor.documents().forEach(documentBox::addItem);
        documentBox.setSelectedItem(document != null ? document : "00-overview");
        if (documentBox.getSelectedIndex() < 0 && documentBox.getItemCount() > 0) {
          documentBox.setSelectedIndex(0);
        }
      }
    } finally {
      updating = false;
    }
    timer.restart();
  }

  void close() {
    timer.stop();
    if (preview != null) {
      preview.close();
    }
  }

  private void render() {
    String stem = (String) documentBox.getSelectedItem();
    if (stem == null || editor.loop().isEmpty()) {
      pageImage.setIcon(null);
      pageLabel.setText("No preview");
      return;
    }
    int wanted = page;
    new SwingWorker<PagePreview, Void>() {
      @Override
      protected PagePreview doInBackground() {
        return PagePreview.of(editor.pdf(stem));
      }

      @Override
      protected void done() {
        try {
          PagePreview fresh = get();
          if (preview != null) {
            preview.close();
          }
          preview = fresh;
          pageImage.setToolTipText(stem);
          showPage(Math.min(wanted, fresh.pages() - 1));
        } catch (Exception e) {
          pageLabel.setText("Preview failed: " + Widgets.rootMessage(e));
        }
      }
    }.execute();
  }

  private void showPage(int index) {
    if (preview == null || index < 0 || index >= preview.pages()) {
      return;
    }
    page = index;
    BufferedImage image = preview.page(index, 72);
    pageImage.setIcon(new ImageIcon(image));
    pageLabel.setText("Page " + (index + 1) + " of " + preview.pages());
    previousPage.setEnabled(index > 0);
    nextPage.setEnabled(index < preview.pages() - 1);
  }
}
