package org.meridianshop.platform.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** The stored media, looked up by id; new files are stored in the caller's transaction. */
@ApplicationScoped
public class MediaLibrary {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Stores the file and returns the address it is served at, such as {@code /media/42}. */
  public String store(String contentType, byte[] content) {
    var media = new Media(contentType, content, Instant.now());
    em.persist(media);
    em.flush();
    return "/media/" + media.id();
  }

  public Optional<Media> withId(long id) {
    return Optional.ofNullable(em.find(Media.class, id));
  }
}
