package io.ytautopilot.production.adapters.providers;

import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.MediaFormats;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The frame of each workspace, from {@code yt.production.workspaces."<id>".format} (LONG when a
 * workspace is not listed) and the pixel sizes in {@code yt.production.formats.long|shorts}.
 */
final class WorkspaceFormats implements MediaFormats {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

  private final MediaFormat shorts;
  private final MediaFormat longVideos;
  private final Map<String, MediaFormat.Kind> kinds;

  /** @throws IllegalArgumentException naming the key of a size that is no frame of its kind */
  WorkspaceFormats(MediaSettings.Formats sizes, Map<String, MediaSettings.Workspace> workspaces) {
    this.shorts = parse(MediaFormat.Kind.SHORTS, sizes.shorts(), "yt.production.formats.shorts");
    this.longVideos = parse(MediaFormat.Kind.LONG, sizes.longVideos(), "yt.production.formats.long");
    this.kinds = Map.copyOf(workspaces.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().format())));
  }

  @Override
  public MediaFormat of(String workspaceId) {
    return kinds.getOrDefault(workspaceId, MediaFormat.Kind.LONG) == MediaFormat.Kind.SHORTS ? shorts : longVideos;
  }

  private static MediaFormat parse(MediaFormat.Kind kind, String size, String key) {
    Matcher matcher = SIZE.matcher(size.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(key + "=" + size + " is not <width>x<height>, e.g. 640x360");
    }
    try {
      return new MediaFormat(kind, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + "=" + size + ": " + e.getMessage(), e);
    }
  }
}
