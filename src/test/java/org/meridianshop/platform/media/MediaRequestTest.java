package org.meridianshop.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the media servlet reads ids from paths and entity tags from If-None-Match. */
class MediaRequestTest {

  @Test
  void onlyPlainNumbersAreIds() {
    assertThat(MediaServlet.idIn("/42")).contains(42L);
    assertThat(MediaServlet.idIn(null)).isEmpty();
    assertThat(MediaServlet.idIn("/")).isEmpty();
    assertThat(MediaServlet.idIn("/abc")).isEmpty();
    assertThat(MediaServlet.idIn("/-1")).isEmpty();
    assertThat(MediaServlet.idIn("/1/2")).isEmpty();
    assertThat(MediaServlet.idIn("/99999999999999999999")).isEmpty();
  }

  @Test
  void ifNoneMatchComparesWeakly() {
    var tag = "\"7-0123456789abcdef\"";
    assertThat(EntityTag.matches(tag, tag)).isTrue();
    assertThat(EntityTag.matches("W/" + tag, tag)).isTrue();
    assertThat(EntityTag.matches("\"other\", " + tag, tag)).isTrue();
    assertThat(EntityTag.matches("*", tag)).isTrue();
    assertThat(EntityTag.matches("\"other\"", tag)).isFalse();
    assertThat(EntityTag.matches(null, tag)).isFalse();
  }
}
