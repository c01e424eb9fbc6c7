package io.ytautopilot.publish.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Held approvals as JSON in their publication row. */
@ApplicationScoped
public class HeldApprovals {
  private final ObjectMapper json;

  public HeldApprovals(ObjectMapper json) {
    this.json = json;
  }

  String write(HeldApproval approval) {
    try {
      return json.writeValueAsString(approval);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store the held approval of video " + approval.claim().videoId(), e);
    }
  }

  HeldApproval read(String stored) {
    try {
      return json.readValue(stored, HeldApproval.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a held approval cannot be read back: " + e.getOriginalMessage(), e);
    }
  }
}
