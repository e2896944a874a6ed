package org.meridianshop.platform.media;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A stored file, such as a product picture, served as it is under {@code /media/{id}}. */
@Entity
public class Media {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String contentType;
  private byte[] content;
  private Instant createdAt;

  protected Media() {}

  public Media(String contentType, byte[] content, Instant createdAt) {
    this.contentType = contentType;
    this.content = content.clone();
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String contentType() {
    return contentType;
  }

  /** The bytes as stored; callers must not change them. */
  public byte[] content() {
    return content;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
