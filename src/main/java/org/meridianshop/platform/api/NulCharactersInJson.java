package org.meridianshop.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.meridianshop.platform.errors.InvalidInputException;

/**
 * Refuses a JSON body with a NUL character in it (the escape {@code \u0000}; a raw one is not valid
 * JSON anyway) before it is bound, for the reasons {@code platform.web.NulCharacters} gives for
 * addresses and parameters.
 */
@Provider
public class NulCharactersInJson implements ReaderInterceptor {

  /**
   * The escape, when its backslash is not itself escaped (an even run of backslashes before it).
   */
  private static final Pattern NUL_ESCAPE = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u0000");

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      var body = context.getInputStream().readAllBytes();
      if (holdsNul(new String(body, StandardCharsets.UTF_8))) {
        throw new InvalidInputException("body", "must not contain the NUL character (\\u0000)");
      }
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  static boolean holdsNul(String json) {
    return NUL_ESCAPE.matcher(json).find();
  }
}
