package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.host.PluginHost;
import dev.interviewkit.workbench.model.Workbench;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/** The Plugins view: installation details as {@code kit plugins} lists them, enable, disable. */
final class PluginsView {

  private final Workbench workbench;
  private final StatusBar status;
  private final DefaultTableModel model = new DefaultTableModel(new Object[] {"Id",
      "Version", "Provider", "State", "Extends", "Problem", "Path"}, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  final JTable table = named(new JTable(model), "plugins");

  private final Runnable restart;

  /** @param restart asks whether to restart now, after a plugin was enabled or disabled */
  PluginsView(Workbench workbench, StatusBar status, Runnable restart) {
    this.workbench = workbench;
    this.status = status;
    this.restart = restart;
  }

  JComponent panel() {
    JButton enable = named(new JButton("Enable"), "plugin.enable");
    JButton disable = named(new JButton("Disable"), "plugin.disable");
    enable.setToolTipText("Enable the selected plugin from the next start, as kit plugins "
        + "enable does");
    disable.setToolTipText("Disable the selected plugin from the next start, as kit plugins "
        + "disable does");
    enable.addActionListener(e -> setEnabled(true));
    disable.addActionListener(e -> setEnabled(false));
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
    buttons.add(enable);
    buttons.add(disable);
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(buttons, BorderLayout.NORTH);
    panel.add(new JScrollPane(table), BorderLayout.CENTER);
    return panel;
  }

  void refresh() {
    model.setRowCount(0);
    for (PluginHost.PluginInfo p : workbench.plugins()) {
      model.addRow(new Object[] {p.id(), p.version(), p.provider(), p.state(),
          String.join(", ", p.extensionPoints()), p.problem(), p.path().toString()});
    }
  }

  private void setEnabled(boolean enabled) {
    int row = table.getSelectedRow();
    if (row < 0) {
      status.show("Select a plugin in the Plugins view");
      return;
    }
    String line = workbench.setEnabled((String) model.getValueAt(row, 0), enabled);
    status.show(line);
    if (!line.endsWith("unchanged")) {
      restart.run();
    }
  }
}
