package org.meridianshop.notification;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a kind of notification and its data into the message a recipient reads, with FreeMarker.
 * Each kind has an HTML template ({@code templates/KIND.html.ftlh}, escaped for HTML) and a plain
 * text one ({@code KIND.txt.ftl}) that share the storefront's look through {@code layout.ftlh}.
 * Every sentence lives in the resource bundle {@code messages} (English now; another locale is
 * another properties file), and may itself use the data: {@code ${t("order.total")}} renders the
 * bundle's "Total: ${total}" with the message's data. The subject is the bundle's {@code
 * KIND.subject}.
 */
public final class NotificationTemplates {

  static final Locale DEFAULT_LOCALE = Locale.ENGLISH;
  private static final String BUNDLE = "org.meridianshop.notification.messages";

  private final Configuration freemarker;
  private final Brand brand;
  private final Map<String, Template> sentences = new ConcurrentHashMap<>();

  public NotificationTemplates(Brand brand) {
    this.brand = brand;
    this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setTemplateLoader(new ClassTemplateLoader(NotificationTemplates.class, "templates"));
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setLocalizedLookup(false);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
  }

  /** The storefront's name, address and look, which every message carries. */
  public record Brand(String name, String publicUrl, String logoUrl, String colour, String accent) {
    public static Brand of(String publicUrl) {
      var base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
      return new Brand(
          "Meridian Shop", base, base + "themes/default/images/logo.svg", "#0b5563", "#f5b324");
    }
  }

  public RenderedMessage render(NotificationKind kind, Map<String, ?> data) {
    return render(kind, data, DEFAULT_LOCALE);
  }

  public RenderedMessage render(NotificationKind kind, Map<String, ?> data, Locale locale) {
    var bundle = ResourceBundle.getBundle(BUNDLE, locale);
    var model = model(data, bundle, locale);
    var subject = sentence(bundle, kind.template() + ".subject", model, locale);
    return new RenderedMessage(
        subject,
        process(kind.template() + ".txt.ftl", model, locale),
        process(kind.template() + ".html.ftlh", model, locale));
  }

  /** A text message: the subject (for the history) and the text of {@code KIND.sms.ftl}. */
  public RenderedMessage renderSms(NotificationKind kind, Map<String, ?> data) {
    return renderShort(kind, data, "sms");
  }

  /** A push notification: the subject as its title, {@code KIND.push.ftl} as its body. */
  public RenderedMessage renderPush(NotificationKind kind, Map<String, ?> data) {
    return renderShort(kind, data, "push");
  }

  private RenderedMessage renderShort(NotificationKind kind, Map<String, ?> data, String channel) {
    var bundle = ResourceBundle.getBundle(BUNDLE, DEFAULT_LOCALE);
    var model = model(data, bundle, DEFAULT_LOCALE);
    return new RenderedMessage(
        sentence(bundle, kind.template() + ".subject", model, DEFAULT_LOCALE),
        process(kind.template() + "." + channel + ".ftl", model, DEFAULT_LOCALE).strip(),
        null);
  }

  private Map<String, Object> model(Map<String, ?> data, ResourceBundle bundle, Locale locale) {
    var model = new HashMap<String, Object>(data);
    model.put("brand", brand);
    model.put("t", new Sentence(bundle, model, locale));
    return model;
  }

  private String process(String name, Map<String, Object> model, Locale locale) {
    try {
      var out = new StringWriter();
      freemarker.getTemplate(name, locale).process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("Template " + name + " failed: " + e.getMessage(), e);
    }
  }

  private String sentence(
      ResourceBundle bundle, String key, Map<String, Object> model, Locale locale) {
    var template =
        sentences.computeIfAbsent(
            locale.toLanguageTag() + ":" + key,
            k -> {
              try {
                return new Template(key, bundle.getString(key), freemarker);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      var out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("Message " + key + " failed: " + e.getMessage(), e);
    }
  }

  /** {@code t("key")} in a template: the bundle's sentence, filled with the message's data. */
  private final class Sentence implements TemplateMethodModelEx {
    private final ResourceBundle bundle;
    private final Map<String, Object> model;
    private final Locale locale;

    Sentence(ResourceBundle bundle, Map<String, Object> model, Locale locale) {
      this.bundle = bundle;
      this.model = model;
      this.locale = locale;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      if (arguments.size() != 1) {
        throw new TemplateModelException("t(key) takes one argument");
      }
      var key = ((TemplateScalarModel) arguments.get(0)).getAsString();
      return sentence(bundle, key, model, locale);
    }
  }
}
