package org.meridianshop.platform.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The stored media, looked up by id. */
@ApplicationScoped
public class MediaLibrary {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public Optional<Media> withId(long id) {
    return Optional.ofNullable(em.find(Media.class, id));
  }
}
