package org.meridianshop.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port that accepts the shop's email, with the account the
 * shop signs in with, so the production wiring sends email as it would to any provider.
 */
public final class SmtpServer implements AutoCloseable {

  static final String USER = "shop-mailer";
  static final String PASSWORD = "mail-secret";
  static final String SENDER = "shop@meridian.test";

  private final int port;
  private final List<ReceivedEmail> beforeOutages = new ArrayList<>();
  private GreenMail greenMail;

  private SmtpServer(GreenMail greenMail) {
    this.greenMail = greenMail;
    this.port = greenMail.getSmtp().getPort();
  }

  static SmtpServer start() {
    return new SmtpServer(started(0));
  }

  private static GreenMail started(int port) {
    var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    greenMail.setUser(SENDER, USER, PASSWORD);
    return greenMail;
  }

  /** Stops accepting connections, as a provider's outage would; what it received is kept. */
  public synchronized void stop() {
    beforeOutages.addAll(received());
    greenMail.stop();
  }

  /** Accepts connections again, on the same port. */
  public synchronized void restart() {
    greenMail = started(port);
  }

  Map<String, String> environment() {
    return Map.of(
        "SMTP_HOST",
        "127.0.0.1",
        "SMTP_PORT",
        Integer.toString(greenMail.getSmtp().getPort()),
        "SMTP_USER",
        USER,
        "SMTP_PASSWORD",
        PASSWORD,
        "MAIL_FROM",
        "Meridian Shop <" + SENDER + ">");
  }

  /** Every message received so far, oldest first, as its parts. */
  public synchronized List<ReceivedEmail> received() {
    var received = new ArrayList<>(beforeOutages);
    Arrays.stream(greenMail.getReceivedMessages()).map(SmtpServer::parts).forEach(received::add);
    return received;
  }

  @Override
  public synchronized void close() {
    greenMail.stop();
  }

  private static ReceivedEmail parts(MimeMessage message) {
    try {
      String text = null;
      String html = null;
      var contentTypes = new ArrayList<String>();
      if (message.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          contentTypes.add(part.getContentType());
          if (part.isMimeType("text/plain")) {
            text = (String) part.getContent();
          } else if (part.isMimeType("text/html")) {
            html = (String) part.getContent();
          }
        }
      } else {
        text = message.getContent().toString();
      }
      return new ReceivedEmail(
          message.getFrom()[0].toString(),
          message.getAllRecipients()[0].toString(),
          message.getSubject(),
          text,
          html,
          message.getContentType() + " " + contentTypes);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
