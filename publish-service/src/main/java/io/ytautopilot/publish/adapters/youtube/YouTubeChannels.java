package io.ytautopilot.publish.adapters.youtube;

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpResponseInterceptor;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.youtube.YouTube;
import io.ytautopilot.publish.adapters.workspace.PublishConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API clients for each workspace's channel. One credential per channel, kept for the service's
 * life: it turns the refresh token into access tokens, and refreshes and retries when YouTube
 * answers 401 (an expired or revoked access token).
 */
@ApplicationScoped
public class YouTubeChannels {
  static final JsonFactory JSON = GsonFactory.getDefaultInstance();

  private final HttpTransport transport = new NetHttpTransport();
  private final Map<String, Credential> credentials = new ConcurrentHashMap<>();
  private final YouTubeConfig config;
  private final Map<String, PublishConfig.Workspace> workspaces;

  public YouTubeChannels(YouTubeConfig config, PublishConfig publishConfig) {
    this.config = config;
    this.workspaces = publishConfig.workspaces();
  }

  /** The workspace's channel settings. */
  PublishConfig.Channel settings(String workspaceId) {
    var workspace = workspaces.get(workspaceId);
    if (workspace == null || !YouTubeUpload.NAME.equals(workspace.target())) {
      throw new IllegalStateException("workspace " + workspaceId + " does not publish to YouTube");
    }
    return workspace.youtube();
  }

  YouTube api(String workspaceId) {
    return api(workspaceId, response -> {});
  }

  /** @param responses sees every response, e.g. to catch an upload session the moment it opens */
  YouTube api(String workspaceId, HttpResponseInterceptor responses) {
    return new YouTube.Builder(transport, JSON, initializer(workspaceId, responses))
        .setRootUrl(config.apiRootUrl())
        .setApplicationName(config.applicationName())
        .build();
  }

  /** Plain authorised requests, for the parts of the upload protocol the client has no call for. */
  HttpRequestFactory requests(String workspaceId) {
    return transport.createRequestFactory(initializer(workspaceId, response -> {}));
  }

  int chunkSize() {
    return config.chunkSize();
  }

  private HttpRequestInitializer initializer(String workspaceId, HttpResponseInterceptor responses) {
    Credential credential = credentials.computeIfAbsent(workspaceId, this::credential);
    return request -> {
      credential.initialize(request);
      request.setResponseInterceptor(responses);
    };
  }

  private Credential credential(String workspaceId) {
    var channel = settings(workspaceId);
    return new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
        .setTransport(transport)
        .setJsonFactory(JSON)
        .setTokenServerEncodedUrl(config.tokenUrl())
        .setClientAuthentication(new ClientParametersAuthentication(channel.clientId().orElseThrow(),
            channel.clientSecret().orElseThrow()))
        .build()
        .setRefreshToken(channel.refreshToken().orElseThrow());
  }
}
