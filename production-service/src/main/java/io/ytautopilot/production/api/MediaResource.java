package io.ytautopilot.production.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.PathPart;

/**
 * The rendered files, read-only, for the reviewer console's player and thumbnail: only video, image
 * and audio files directly inside a video's folder below yt.media.dir. Byte ranges are served so the
 * browser can seek.
 */
@Path("/media")
public class MediaResource {
  private static final Map<String, String> TYPES = Map.of("mp4", "video/mp4", "png", "image/png", "wav", "audio/wav");
  /** One plain file name: no separators, no leading dot, so nothing outside the video's folder. */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.([a-z0-9]+)");
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

  private final java.nio.file.Path mediaDir;

  public MediaResource(@ConfigProperty(name = "yt.media.dir") java.nio.file.Path mediaDir) {
    this.mediaDir = mediaDir.toAbsolutePath().normalize();
  }

  @GET
  @Path("/{videoId}/{file}")
  @Operation(summary = "A rendered file of a video (mp4, png or wav), with byte ranges")
  @APIResponse(responseCode = "206", description = "The requested byte range")
  @APIResponse(responseCode = "404", description = "No such file, or not a media file of that video")
  @APIResponse(responseCode = "416", description = "The range lies outside the file")
  public Response file(@PathParam("videoId") UUID videoId, @PathParam("file") String file,
      @HeaderParam("Range") String range) throws IOException {
    Matcher name = FILE_NAME.matcher(file);
    if (!name.matches() || !TYPES.containsKey(name.group(2))) {
      throw new NotFoundException();
    }
    var folder = mediaDir.resolve(videoId.toString());
    var path = folder.resolve(file).normalize();
    if (!path.startsWith(folder) || !Files.isRegularFile(path)
        || !path.toRealPath().startsWith(folder.toRealPath())) {
      throw new NotFoundException();
    }
    String type = TYPES.get(name.group(2));
    long size = Files.size(path);
    Matcher bytes = range == null ? null : RANGE.matcher(range.strip());
    if (bytes == null || !bytes.matches() || bytes.group(1).isEmpty() && bytes.group(2).isEmpty()) {
      return Response.ok(path, type).header("Accept-Ranges", "bytes").build();
    }
    long first;
    long last;
    if (bytes.group(1).isEmpty()) {
      first = Math.max(0, size - Long.parseLong(bytes.group(2)));
      last = size - 1;
    } else {
      first = Long.parseLong(bytes.group(1));
      last = bytes.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(bytes.group(2)), size - 1);
    }
    if (first >= size || first > last) {
      return Response.status(416).header("Content-Range", "bytes */" + size).build();
    }
    return Response.status(206).type(type).entity(new PathPart(path, first, last - first + 1))
        .header("Accept-Ranges", "bytes")
        .header("Content-Range", "bytes " + first + "-" + last + "/" + size)
        .build();
  }
}
