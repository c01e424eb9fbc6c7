package io.ytautopilot.production.adapters.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ProviderFailure;
import io.ytautopilot.production.domain.media.ThumbnailProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A thumbnail from an image model over the OpenAI API shape ({@code POST /v1/images/generations},
 * {@code {model, prompt, size, response_format: "b64_json"}} → {@code data[0].b64_json}): 1792x1024 for
 * long videos, 1024x1792 for shorts. Writes {@code thumbnail.png} (or {@code .jpg}, as delivered).
 */
final class OpenAiThumbnail implements ThumbnailProvider {
  static final String PATH = "v1/images/generations";

  private final ProviderHttp http;
  private final String model;
  private final double usdPerImage;

  OpenAiThumbnail(ProviderHttp http, String model, double usdPerImage) {
    this.http = http;
    this.model = model;
    this.usdPerImage = usdPerImage;
  }

  @Override
  public Path draw(String title, MediaFormat format, Path dir) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", model);
    body.put("prompt", "A YouTube thumbnail for the video \"" + title.strip()
        + "\": one bold subject, high contrast, few words if any, nothing small.");
    body.put("size", format.kind() == MediaFormat.Kind.SHORTS ? "1024x1792" : "1792x1024");
    body.put("response_format", "b64_json");
    JsonNode answer = http.exchangeJson(http.postJson(PATH, body));
    String encoded = answer.path("data").path(0).path("b64_json").asText("");
    if (encoded.isBlank()) {
      throw new ProviderFailure(http.name(), "answered without data[0].b64_json: " + answer);
    }
    byte[] image;
    try {
      image = Base64.getMimeDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new ProviderFailure(http.name(), "answered data[0].b64_json that is not base64: " + e.getMessage(), e);
    }
    Path thumbnail = HttpFiles.prepare(dir, http.name()).resolve("thumbnail." + extensionOf(image));
    try {
      Files.write(thumbnail, image);
    } catch (IOException e) {
      throw new ProviderFailure(http.name(), "cannot write " + thumbnail + ": " + e, e);
    }
    return thumbnail;
  }

  /** What the bytes are, so a file is never named for a format it is not in. */
  private String extensionOf(byte[] image) {
    if (startsWith(image, 0x89, 'P', 'N', 'G')) {
      return "png";
    }
    if (startsWith(image, 0xFF, 0xD8, 0xFF)) {
      return "jpg";
    }
    throw new ProviderFailure(http.name(), "delivered " + image.length + " bytes that are no PNG or JPEG image");
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String name() {
    return http.name();
  }

  @Override
  public double usdPerUnit() {
    return usdPerImage;
  }
}
