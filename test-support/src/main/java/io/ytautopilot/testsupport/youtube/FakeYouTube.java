package io.ytautopilot.testsupport.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A local stand-in for YouTube over real HTTP (WireMock on a random loopback port), with the parts
 * of the Data API that publish-service calls: the OAuth token endpoint, the resumable upload
 * protocol (POST opens a session and answers its Location; PUT with Content-Range sends bytes and
 * is answered 308 with the Range received until the last byte, then 200 with the video), a status
 * query ({@code bytes *}{@code /total}), thumbnails.set, channels.list, playlistItems.list and
 * videos.list with statistics. Every upload request is recorded; faults can be injected per video,
 * found by the marker publish-service puts in each description.
 */
public final class FakeYouTube implements ResponseDefinitionTransformerV2 {
  private static final Pattern MARKER = Pattern.compile("ytap:([0-9a-f-]{36})");
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\*|(\\d+)-(\\d+))/(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One data PUT as received: which video, from which byte, how many, and when (nanoTime). */
  public record Chunk(String videoId, long from, int length, long receivedAt) {}

  private record Fault(int status, String reason) {}

  private static final class Session {
    final String videoId;
    final JsonNode metadata;
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    int dataPuts;
    String youtubeId;

    Session(String videoId, JsonNode metadata) {
      this.videoId = videoId;
      this.metadata = metadata;
    }
  }

  private final WireMockServer server;
  private final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Map<String, JsonNode> videos = new LinkedHashMap<>(); // YouTube id -> video resource
  private final Map<String, Fault> initiationFaults = new HashMap<>();
  private final Map<String, Map<Integer, Fault>> chunkFaults = new HashMap<>();
  private final Map<String, Fault> thumbnailFaults = new HashMap<>();
  private final List<Chunk> chunks = new ArrayList<>();
  private final List<String> statusQueries = new ArrayList<>();
  private final List<String> initiations = new ArrayList<>();
  private final List<String> thumbnails = new ArrayList<>();
  private final Map<String, Integer> tokenRequests = new HashMap<>();
  private final Set<String> issuedTokens = new HashSet<>();
  private final Set<String> expiredTokens = new HashSet<>();
  private final Set<String> clientsWithExpiringFirstToken = new HashSet<>();
  private int issued;

  public FakeYouTube() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(this));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(getName())));
  }

  public String rootUrl() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  public String tokenUrl() {
    return rootUrl() + "token";
  }

  public void stop() {
    server.stop();
  }

  /** The first access token this client gets is answered 401 by the API, as an expired one is. */
  public synchronized void expireFirstTokenOf(String clientId) {
    clientsWithExpiringFirstToken.add(clientId);
  }

  /** Answers the next opening of the video's upload session with this error (once). */
  public synchronized void failInitiation(String videoId, int status, String reason) {
    initiationFaults.put(videoId, new Fault(status, reason));
  }

  /** Answers the video's nth data PUT (0 first) with this error, dropping its bytes. */
  public synchronized void failChunk(String videoId, int nth, int status, String reason) {
    chunkFaults.computeIfAbsent(videoId, id -> new HashMap<>()).put(nth, new Fault(status, reason));
  }

  /** Answers setting the video's thumbnail with this error (once). */
  public synchronized void failThumbnail(String videoId, int status, String reason) {
    thumbnailFaults.put(videoId, new Fault(status, reason));
  }

  /** A session as a crashed run leaves it: opened, and the first bytes received. @return its URI */
  public synchronized String openSession(String videoId, String title, byte[] receivedSoFar) {
    String id = UUID.randomUUID().toString();
    var metadata = JSON.createObjectNode();
    metadata.putObject("snippet").put("title", title).put("description", "ytap:" + videoId);
    var session = new Session(videoId, metadata);
    session.received.writeBytes(receivedSoFar);
    sessions.put(id, session);
    return sessionUri(id);
  }

  /** A video on the channel already, as an upload whose answer never got stored leaves it. @return its id */
  public synchronized String addUploadedVideo(String videoId, String title) {
    var session = new Session(videoId, JSON.createObjectNode());
    ((ObjectNode) session.metadata).putObject("snippet").put("title", title)
        .put("description", "A short explainer\n\nytap:" + videoId);
    return complete(session).get("id").asText();
  }

  public synchronized List<String> initiationsFor(String videoId) {
    return initiations.stream().filter(videoId::equals).toList();
  }

  /** How many finished videos on the channel carry this video's marker: more than one is a double upload. */
  public synchronized long uploadsOf(String videoId) {
    return videos.values().stream()
        .filter(video -> video.at("/snippet/description").asText().contains("ytap:" + videoId)).count();
  }

  /** Every finished video on the channel. */
  public synchronized int videosOnChannel() {
    return videos.size();
  }

  public synchronized List<Chunk> chunksOf(String videoId) {
    return chunks.stream().filter(chunk -> chunk.videoId().equals(videoId)).toList();
  }

  public synchronized long statusQueriesFor(String videoId) {
    return statusQueries.stream().filter(videoId::equals).count();
  }

  /** The metadata sent when the video's upload was opened. */
  public synchronized JsonNode metadataOf(String videoId) {
    return sessions.values().stream().filter(session -> session.videoId.equals(videoId)).findFirst()
        .map(session -> session.metadata).orElseThrow();
  }

  /** The bytes received for the video, in order. */
  public synchronized byte[] bytesOf(String videoId) {
    return sessions.values().stream().filter(session -> session.videoId.equals(videoId)).findFirst()
        .map(session -> session.received.toByteArray()).orElseThrow();
  }

  public synchronized List<String> thumbnailsSet() {
    return List.copyOf(thumbnails);
  }

  public synchronized int tokenRequestsOf(String clientId) {
    return tokenRequests.getOrDefault(clientId, 0);
  }

  @Override
  public String getName() {
    return "fake-youtube";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent event) {
    LoggedRequest request = event.getRequest();
    String path = request.getUrl().split("\\?")[0];
    String method = request.getMethod().getName();
    if (path.equals("/token")) {
      return token(form(request.getBodyAsString()));
    }
    String token = request.getHeader("Authorization") == null ? "" : request.getHeader("Authorization")
        .replace("Bearer ", "");
    if (!issuedTokens.contains(token) || expiredTokens.contains(token)) {
      return error(401, "authError", "Invalid Credentials");
    }
    Map<String, String> query = form(request.getUrl().contains("?") ? request.getUrl().split("\\?", 2)[1] : "");
    return switch (method + " " + path) {
      case "POST /upload/youtube/v3/videos" -> initiate(request);
      case "PUT /upload/youtube/v3/videos" -> receive(query.get("upload_id"), request);
      case "POST /upload/youtube/v3/thumbnails/set" -> thumbnail(query.get("videoId"));
      case "GET /youtube/v3/channels" -> json(200, "{\"items\":[{\"id\":\"UCfake\",\"contentDetails\":"
          + "{\"relatedPlaylists\":{\"uploads\":\"UUfake\"}}}]}");
      case "GET /youtube/v3/playlistItems" -> playlistItems();
      case "GET /youtube/v3/videos" -> statistics(query.get("id"));
      default -> error(404, "notFound", method + " " + path + " is not faked");
    };
  }

  private ResponseDefinition token(Map<String, String> form) {
    String client = form.get("client_id");
    int count = tokenRequests.merge(client, 1, Integer::sum);
    String token = "token-" + (++issued);
    issuedTokens.add(token);
    if (count == 1 && clientsWithExpiringFirstToken.contains(client)) {
      expiredTokens.add(token);
    }
    return json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  private ResponseDefinition initiate(LoggedRequest request) {
    JsonNode metadata = read(request.getBodyAsString());
    var marker = MARKER.matcher(metadata.at("/snippet/description").asText());
    String videoId = marker.find() ? marker.group(1) : "";
    initiations.add(videoId);
    var fault = initiationFaults.remove(videoId);
    if (fault != null) {
      return error(fault.status(), fault.reason(), "injected");
    }
    String id = UUID.randomUUID().toString();
    sessions.put(id, new Session(videoId, metadata));
    return aResponse().withStatus(200).withHeader("Location", sessionUri(id)).build();
  }

  private ResponseDefinition thumbnail(String youtubeId) {
    var video = videos.get(youtubeId);
    if (video == null) {
      return error(404, "videoNotFound", "no video " + youtubeId);
    }
    var marker = MARKER.matcher(video.at("/snippet/description").asText());
    var fault = marker.find() ? thumbnailFaults.remove(marker.group(1)) : null;
    if (fault != null) {
      return error(fault.status(), fault.reason(), "injected");
    }
    thumbnails.add(youtubeId);
    return json(200, "{\"kind\":\"youtube#thumbnailSetResponse\",\"items\":[{}]}");
  }

  private ResponseDefinition receive(String sessionId, LoggedRequest request) {
    var session = sessions.get(sessionId);
    if (session == null) {
      return error(404, "notFound", "no such upload session");
    }
    var range = CONTENT_RANGE.matcher(request.getHeader("Content-Range"));
    if (!range.matches()) {
      return error(400, "badRequest", "Content-Range " + request.getHeader("Content-Range"));
    }
    long total = Long.parseLong(range.group(4));
    if (range.group(2) == null) { // bytes */total: how far did it get?
      statusQueries.add(session.videoId);
      return session.youtubeId != null ? json(200, videos.get(session.youtubeId).toString()) : incomplete(session);
    }
    var fault = chunkFaults.getOrDefault(session.videoId, Map.of()).get(session.dataPuts++);
    if (fault != null) {
      return error(fault.status(), fault.reason(), "injected");
    }
    long from = Long.parseLong(range.group(2));
    byte[] body = request.getBody();
    chunks.add(new Chunk(session.videoId, from, body.length, System.nanoTime()));
    long have = session.received.size();
    if (from <= have) { // an overlap is fine: keep only what is new
      int skip = (int) (have - from);
      session.received.write(body, Math.min(skip, body.length), Math.max(0, body.length - skip));
    }
    if (session.received.size() < total) {
      return incomplete(session);
    }
    return json(200, complete(session).toString());
  }

  private JsonNode complete(Session session) {
    session.youtubeId = "yt" + (videos.size() + 1) + "-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode video = JSON.createObjectNode().put("kind", "youtube#video").put("id", session.youtubeId);
    video.set("snippet", session.metadata.get("snippet"));
    if (session.metadata.has("status")) {
      video.set("status", session.metadata.get("status"));
    }
    videos.put(session.youtubeId, video);
    return video;
  }

  private ResponseDefinition incomplete(Session session) {
    var answer = aResponse().withStatus(308);
    if (session.received.size() > 0) {
      answer.withHeader("Range", "bytes=0-" + (session.received.size() - 1));
    }
    return answer.build();
  }

  private ResponseDefinition playlistItems() {
    var items = JSON.createArrayNode();
    videos.values().forEach(video -> items.addObject().putObject("snippet")
        .put("title", video.at("/snippet/title").asText())
        .put("description", video.at("/snippet/description").asText())
        .putObject("resourceId").put("kind", "youtube#video").put("videoId", video.get("id").asText()));
    return json(200, JSON.createObjectNode().set("items", items).toString());
  }

  private ResponseDefinition statistics(String ids) {
    var items = JSON.createArrayNode();
    for (String id : ids.split(",")) {
      if (videos.containsKey(id)) {
        items.addObject().put("id", id).putObject("statistics")
            .put("viewCount", "1234").put("likeCount", "56").put("commentCount", "7");
      }
    }
    return json(200, JSON.createObjectNode().set("items", items).toString());
  }

  private String sessionUri(String id) {
    return rootUrl() + "upload/youtube/v3/videos?uploadType=resumable&upload_id=" + id;
  }

  private static ResponseDefinition json(int status, String body) {
    return jsonResponse(status).withBody(body).build();
  }

  private static ResponseDefinition error(int status, String reason, String message) {
    return json(status, "{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"errors\":[{\"reason\":\""
        + reason + "\",\"message\":\"" + message + "\"}]}}");
  }

  private static ResponseDefinitionBuilder jsonResponse(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8");
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new HashMap<>();
    for (String pair : encoded.split("&")) {
      if (!pair.isEmpty()) {
        String[] parts = pair.split("=", 2);
        values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
            parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
      }
    }
    return values;
  }
}
