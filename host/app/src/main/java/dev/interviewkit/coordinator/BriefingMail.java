package dev.interviewkit.coordinator;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * A briefing as a ready-to-send RFC 5322 message (Jakarta Mail): the briefing as text, the
 * slot's packet attached. Nothing is sent; the file opens as a draft in a mail program.
 */
final class BriefingMail {

  /** Who a message is from and to; empty addresses are left out. */
  record Party(String name, String email) {}

  private BriefingMail() {}

  /**
   * The message's bytes. Date, Message-ID and the MIME boundary are derived from {@code id} and
   * {@code date}, so the same loop writes the same file.
   */
  static byte[] write(String id, Instant date, Party from, Party to, String subject, String body,
      String attachmentName, String attachmentType, byte[] attachment) {
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
        @Override
        protected void updateMessageID() throws MessagingException {
          setHeader("Message-ID", "<" + id + "@interview-kit>");
        }
      };
      if (!from.email().isEmpty()) {
        message.setFrom(new InternetAddress(from.email(), from.name(), "UTF-8"));
      }
      if (!to.email().isEmpty()) {
        message.setRecipient(MimeMessage.RecipientType.TO,
            new InternetAddress(to.email(), to.name(), "UTF-8"));
      }
      message.setSubject(subject, "UTF-8");
      jakarta.mail.internet.MailDateFormat format = new jakarta.mail.internet.MailDateFormat();
      format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
      message.setHeader("Date", format.format(Date.from(date)));
      message.setHeader("X-Unsent", "1");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body, "UTF-8");
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, attachmentType)));
      file.setFileName(attachmentName);
      file.setDisposition(MimeBodyPart.ATTACHMENT);
      MimeMultipart parts = new MimeMultipart("mixed");
      parts.addBodyPart(text);
      parts.addBodyPart(file);
      message.setContent(parts);
      message.saveChanges();
      String boundary = new ContentType(parts.getContentType()).getParameter("boundary");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      String raw = out.toString(StandardCharsets.ISO_8859_1);
      return raw.replace(boundary, "=_interview-kit_" + id)
          .getBytes(StandardCharsets.ISO_8859_1);
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot compose the briefing message: " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
