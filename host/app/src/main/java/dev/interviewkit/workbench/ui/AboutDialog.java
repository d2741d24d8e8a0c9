package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.host.PluginHost;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;

/** Help → About: the version, the Java it runs on and every plugin with its state. */
final class AboutDialog {

  private AboutDialog() {}

  static void show(JFrame frame, List<PluginHost.PluginInfo> plugins, String organisation) {
    Object[][] rows = plugins.stream().map(p -> new Object[] {p.id(), p.version(),
        p.provider(), p.state(), String.join(", ", p.extensionPoints())}).toArray(Object[][]::new);
    JTable table = named(new JTable(rows, new Object[] {"Plugin", "Version", "Provider", "State",
        "Extends"}), "about.plugins");
    table.setEnabled(false);
    JScrollPane scroll = new JScrollPane(table);
    scroll.setPreferredSize(new Dimension(640, 180));
    JPanel panel = new JPanel(new BorderLayout(0, 8));
    panel.add(new JLabel("<html><b>interview-kit " + PluginHost.HOST_VERSION + "</b><br>"
        + "Structured interview packets and scorecards for engineering-leadership roles.<br>"
        + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
        + ")" + (organisation.isBlank() ? "" : "<br>For " + Widgets.escape(organisation))
        + "<br>Licensed under the Apache License 2.0; third-party licences in NOTICE.</html>"),
        BorderLayout.NORTH);
    panel.add(scroll, BorderLayout.CENTER);
    JOptionPane.showMessageDialog(frame, panel, "About interview-kit",
        JOptionPane.PLAIN_MESSAGE);
  }
}
