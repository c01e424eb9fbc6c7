package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.media.StoredAsset;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.net.URI;
import java.util.UUID;

/** One finished file of a generation (video, thumbnail, voice-over, subtitles) as the asset store keeps it. */
@Entity
@Table(name = "production_stored_asset")
public class StoredAssetEntity {

  @Embeddable
  public record Key(@Column(name = "video_id") UUID videoId, @Column(name = "generation") int generation,
      @Column(name = "role") String role) implements Serializable {}

  @EmbeddedId
  public Key id;

  @Column(nullable = false)
  public String sha256;

  @Column(nullable = false)
  public String uri;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  @Column(name = "content_type", nullable = false)
  public String contentType;

  static StoredAssetEntity of(UUID videoId, int generation, String role, StoredAsset asset) {
    var row = new StoredAssetEntity();
    row.id = new Key(videoId, generation, role);
    row.sha256 = asset.sha256();
    row.uri = asset.uri().toString();
    row.sizeBytes = asset.sizeBytes();
    row.contentType = asset.contentType();
    return row;
  }

  StoredAsset toDomain() {
    // the store's key is the tail of its URI: sha256/<2 hex>/<sha256>.<ext>
    int key = uri.lastIndexOf("sha256/");
    return new StoredAsset(sha256, key < 0 ? uri : uri.substring(key), URI.create(uri), sizeBytes, contentType);
  }
}
