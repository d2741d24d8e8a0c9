package dev.interviewkit.install;

/** A plugin jar that {@code kit plugins install} will not install, and why, in one line. */
public final class InstallRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InstallRefused(String message) {
    super(message);
  }
}
