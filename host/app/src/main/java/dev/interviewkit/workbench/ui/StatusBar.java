package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/** The line at the bottom of the window: what just happened, and a progress bar. */
final class StatusBar {

  final JLabel status = named(new JLabel("Ready"), "status");
  final JProgressBar progress = named(new JProgressBar(0, 3), "progress");
  final JPanel panel = new JPanel(new BorderLayout(8, 0));

  StatusBar() {
    panel.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    panel.add(status, BorderLayout.CENTER);
    progress.setPreferredSize(new Dimension(200, 14));
    panel.add(progress, BorderLayout.EAST);
  }

  void show(String text) {
    status.setText(text);
  }
}
