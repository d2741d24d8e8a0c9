package dev.interviewkit.api;

import java.net.URL;
import java.util.Objects;

/**
 * A named, readable resource contributed by a plugin.
 *
 * @param name shown in messages, e.g. {@code director-of-engineering/role.yaml}
 * @param url where the host reads it from
 */
public record KitResource(String name, URL url) {

  public KitResource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    if (name.isBlank()) {
      throw new IllegalArgumentException("resource name is blank");
    }
  }

  /**
   * Looks up {@code path} with {@code owner}'s class loader, which searches the plugin jar first.
   *
   * @throws IllegalStateException if the plugin jar does not contain the resource
   */
  public static KitResource of(Class<?> owner, String path) {
    String absolute = path.startsWith("/") ? path : "/" + path;
    URL url = owner.getResource(absolute);
    if (url == null) {
      throw new IllegalStateException(
          owner.getName() + ": resource '" + absolute + "' is missing from the plugin jar");
    }
    return new KitResource(absolute.substring(1), url);
  }
}
