package io.ytautopilot.cli.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.cli.Refusal;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.BiFunction;

/** review-service's reviewer API for one command: every call carries the caller's token. */
final class Review {
  static final String SERVICE = "review-service";

  private final URI address;
  private final ObjectMapper json;
  private final ReviewApi api;
  private final String authorization;

  Review(URI address, ReviewerToken token, ObjectMapper json) {
    this.address = address;
    this.json = json;
    this.api = Apis.client(ReviewApi.class, address);
    this.authorization = token.authorization(api, address, json);
  }

  /** Sends the call with the token (the function gets the API and the Authorization header value). */
  Answer call(BiFunction<ReviewApi, String, Response> call) {
    return Answer.of(SERVICE, address, () -> call.apply(api, authorization));
  }

  VideoView video(Answer answer) {
    try {
      return json.readValue(answer.body(), VideoView.class);
    } catch (JsonProcessingException e) {
      throw new Refusal(SERVICE + "'s answer is not a video: " + e.getOriginalMessage());
    }
  }
}
