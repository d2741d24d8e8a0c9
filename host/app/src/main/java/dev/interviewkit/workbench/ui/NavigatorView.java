package dev.interviewkit.workbench.ui;

import static dev.interviewkit.workbench.ui.Widgets.named;

import dev.interviewkit.workbench.model.Workbench;
import java.util.function.Consumer;
import javax.swing.JTree;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;

/** The Navigator: installed roles and banks; selecting a ready role selects it in the editor. */
final class NavigatorView {

  private final Workbench workbench;
  private final DefaultTreeModel model =
      new DefaultTreeModel(new DefaultMutableTreeNode("interview-kit"));
  final JTree tree = named(new JTree(model), "navigator");

  NavigatorView(Workbench workbench, Consumer<String> selectRole) {
    this.workbench = workbench;
    tree.addTreeSelectionListener(e -> {
      Object node = e.getPath().getLastPathComponent();
      if (node instanceof DefaultMutableTreeNode n
          && n.getUserObject() instanceof Workbench.RoleItem role
          && role.state().equals("ready")) {
        selectRole.accept(role.id());
      }
    });
  }

  void refresh() {
    DefaultMutableTreeNode root = new DefaultMutableTreeNode("interview-kit");
    DefaultMutableTreeNode roles = new DefaultMutableTreeNode("Roles");
    workbench.roles().forEach(r -> roles.add(new Node(r, r.label())));
    DefaultMutableTreeNode banks = new DefaultMutableTreeNode("Banks");
    workbench.banks().forEach(b -> banks.add(new Node(b, b.label())));
    root.add(roles);
    root.add(banks);
    model.setRoot(root);
    tree.setRootVisible(false);
    tree.setShowsRootHandles(true);
    tree.expandPath(new TreePath(new Object[] {root, roles}));
    tree.expandPath(new TreePath(new Object[] {root, banks}));
  }

  /** Selects a role, as a click does. */
  void selectRole(String roleId) {
    DefaultMutableTreeNode root = (DefaultMutableTreeNode) model.getRoot();
    DefaultMutableTreeNode roles = (DefaultMutableTreeNode) root.getChildAt(0);
    for (int i = 0; i < roles.getChildCount(); i++) {
      DefaultMutableTreeNode n = (DefaultMutableTreeNode) roles.getChildAt(i);
      if (n.getUserObject() instanceof Workbench.RoleItem r && r.id().equals(roleId)) {
        tree.setSelectionPath(new TreePath(n.getPath()));
        return;
      }
    }
    throw new IllegalArgumentException("no role " + roleId + " in the navigator");
  }

  /** A tree node that shows a label instead of its object's record text. */
  private static final class Node extends DefaultMutableTreeNode {
    private static final long serialVersionUID = 1L;
    private final String label;

    Node(Object item, String label) {
      super(item);
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }
}
