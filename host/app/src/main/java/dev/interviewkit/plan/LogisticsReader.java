package dev.interviewkit.plan;

import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Suggestions;
import dev.interviewkit.bank.YamlSource;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads and checks the panel keys of the coordinator's kit: addresses, zone, places, dates. */
final class LogisticsReader {

  static final List<String> COORDINATOR_KEYS = List.of("name", "email", "phone");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{3,30}[0-9]");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private static final int MAX_LINK = 2000;

  private final String path;
  private final List<Problem> problems;

  LogisticsReader(String path, List<Problem> problems) {
    this.path = path;
    this.problems = problems;
  }

  /** An email address, checked by Jakarta Mail's strict parser: a bare address, no name. */
  String email(Fields f, String key, String what) {
    return f.optional(key).flatMap(n -> f.text(n, what)).map(text -> {
      Node node = f.optional(key).orElseThrow();
      String fault = emailFault(text);
      if (fault != null) {
        problems.add(YamlSource.at(path, node).problem(what + " " + Fields.quote(text)
            + " is not an email address: " + fault));
        return "";
      }
      return text;
    }).orElse("");
  }

  /** Why {@code text} is not a single bare address, or null when it is one. */
  static String emailFault(String text) {
    if (text.length() > 254) {
      return "longer than 254 characters";
    }
    try {
      InternetAddress[] parsed = InternetAddress.parse(text, true);
      if (parsed.length != 1) {
        return "give exactly one address";
      }
      InternetAddress address = parsed[0];
      address.validate();
      if (address.getPersonal() != null || !address.getAddress().equals(text)) {
        return "give the address alone, as name@example.org, without a name or brackets";
      }
      String domain = text.substring(text.lastIndexOf('@') + 1);
      if (!domain.contains(".") && !domain.startsWith("[")) {
        return "the domain " + Fields.quote(domain) + " has no dot";
      }
      return null;
    } catch (AddressException e) {
      String reason = e.getMessage() == null ? "unreadable" : e.getMessage();
      int cut = reason.indexOf(" in string");
      return (cut > 0 ? reason.substring(0, cut) : reason).toLowerCase(Locale.ROOT);
    }
  }

  /** The IANA time zone of the loop, refused with a did-you-mean when unknown. */
  Optional<ZoneId> zone(Fields f, String key) {
    return f.optional(key).flatMap(n -> f.text(n, "'" + key + "'").flatMap(text -> {
      Set<String> known = ZoneId.getAvailableZoneIds();
      if (known.contains(text)) {
        return Optional.of(ZoneId.of(text));
      }
      problems.add(YamlSource.at(path, n).problem("'" + key + "' " + Fields.quote(text)
          + " is not an IANA time zone" + zoneHint(text, known)));
      return Optional.empty();
    }));
  }

  /** " (did you mean 'Europe/Berlin'?)" for a near miss, or a hint at the form. */
  static String zoneHint(String text, Set<String> known) {
    Optional<String> match = known.stream().filter(z -> z.equalsIgnoreCase(text)).findFirst();
    if (match.isEmpty()) {
      String city = text.replace(' ', '_');
      match = known.stream().filter(z -> z.contains("/")
          && z.substring(z.lastIndexOf('/') + 1).equalsIgnoreCase(city)).sorted().findFirst();
    }
    if (match.isEmpty()) {
      match = Suggestions.closest(text, known);
    }
    return match.map(z -> " (did you mean '" + z + "'?)")
        .orElse("; write Region/City, e.g. 'Europe/Berlin' or 'America/New_York'");
  }

  /** A video-call link: an absolute http or https URL with a host. */
  String link(Fields f, String key, String what) {
    return f.optional(key).flatMap(n -> f.text(n, what).map(text -> {
      String fault = linkFault(text);
      if (fault != null) {
        problems.add(YamlSource.at(path, n).problem(what + " " + Fields.quote(text)
            + " is not a link: " + fault));
        return "";
      }
      return text;
    })).orElse("");
  }

  static String linkFault(String text) {
    if (text.length() > MAX_LINK) {
      return "longer than " + MAX_LINK + " characters";
    }
    try {
      URI uri = new URI(text);
      if (uri.getScheme() == null
          || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
        return "it must start with https:// (or http://)";
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return "it names no host";
      }
      return null;
    } catch (URISyntaxException e) {
      return e.getReason().toLowerCase(Locale.ROOT) + " at character " + (e.getIndex() + 1);
    }
  }

  /** A phone number: digits with spaces, '+', '(', ')', '-', '.', '/'. */
  String phone(Fields f, String key, String what) {
    return f.optional(key).flatMap(n -> f.text(n, what).map(text -> {
      if (!PHONE.matcher(text).matches()) {
        problems.add(YamlSource.at(path, n).problem(what + " " + Fields.quote(text)
            + " is not a phone number: digits, spaces and + ( ) - . / only, 5 to 32 characters"));
        return "";
      }
      return text;
    })).orElse("");
  }

  /** A date and time as YYYY-MM-DD HH:MM, in the loop's time zone. */
  Optional<LocalDateTime> dateTime(Fields f, String key) {
    return f.optional(key).flatMap(n -> {
      if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
        problems.add(YamlSource.at(path, n).problem("'" + key + "' must be a date and time as "
            + "\"YYYY-MM-DD HH:MM\", got " + Fields.kindOf(n)));
        return Optional.empty();
      }
      String text = s.getValue().strip().replace('T', ' ');
      try {
        return Optional.of(LocalDateTime.parse(text, DATE_TIME));
      } catch (DateTimeParseException e) {
        problems.add(YamlSource.at(path, n).problem("'" + key + "' must be a date and time as "
            + "\"YYYY-MM-DD HH:MM\", got " + Fields.quote(s.getValue())));
        return Optional.empty();
      }
    });
  }

  /** The coordinator: {@code name} required, {@code email} and {@code phone} optional. */
  Optional<Contact> coordinator(Node node) {
    Optional<Fields> read = Fields.of(path, node, "'coordinator'", problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Fields c = read.get();
    c.allowOnly(COORDINATOR_KEYS);
    Optional<String> name = c.text("name");
    name.map(n -> PanelParser.tooLong("the coordinator's 'name'", n)).ifPresent(m ->
        problems.add(YamlSource.at(path, c.optional("name").orElseThrow()).problem(m)));
    String email = email(c, "email", "the coordinator's 'email'");
    String phone = phone(c, "phone", "the coordinator's 'phone'");
    return name.map(n -> new Contact(n, email, phone));
  }
}
