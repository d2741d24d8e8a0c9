package dev.interviewkit.render.pdf;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Organisation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A SHA-256 of everything a document holds, unambiguous and the same in every JVM. */
final class ContentDigest {

  private ContentDigest() {}

  static byte[] of(Document document) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    feed(sha, "interview-kit pdf 1");
    feed(sha, document);
    return sha.digest();
  }

  static long seed(byte[] digest) {
    return ByteBuffer.wrap(digest).getLong();
  }

  private static void feed(MessageDigest sha, Object value) {
    if (value instanceof String s) {
      tagged(sha, 'S', s);
    } else if (value instanceof Record r) {
      tagged(sha, 'R', r.getClass().getName());
      for (RecordComponent component : r.getClass().getRecordComponents()) {
        Object part = read(component, r);
        if (!Organisation.NONE.equals(part)) {
          feed(sha, part);
        }
      }
    } else if (value instanceof List<?> list) {
      tagged(sha, 'L', Integer.toString(list.size()));
      list.forEach(item -> feed(sha, item));
    } else if (value instanceof Map<?, ?> map) {
      tagged(sha, 'M', Integer.toString(map.size()));
      map.forEach(
          (k, v) -> {
            feed(sha, k);
            feed(sha, v);
          });
    } else if (value instanceof Optional<?> optional) {
      tagged(sha, 'O', optional.isPresent() ? "1" : "0");
      optional.ifPresent(item -> feed(sha, item));
    } else if (value instanceof byte[] bytes) {
      sha.update((byte) 'B');
      sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      sha.update(bytes);
    } else if (value instanceof Enum<?> e) {
      tagged(sha, 'E', e.getDeclaringClass().getName() + "." + e.name());
    } else if (value instanceof Integer || value instanceof Boolean || value instanceof LocalDate
        || value instanceof Float) {
      tagged(sha, 'V', value.toString());
    } else {
      throw new IllegalArgumentException(
          "no digest for " + (value == null ? "null" : value.getClass().getName()));
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static void tagged(MessageDigest sha, char tag, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) tag);
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }
}
