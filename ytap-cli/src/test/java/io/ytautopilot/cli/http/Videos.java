package io.ytautopilot.cli.http;

/** Answers as review-service gives them (VideoDetails and ErrorMappers.Problem), trimmed to what matters. */
final class Videos {
  static final String ID = "6f1c2b9e-8d0a-4c51-9a53-0d7be2f4a001";

  private Videos() {}

  static String details(String state, long version, int generation, String lastFailure) {
    return """
        {"id":"%s","workspaceId":"demo","state":"%s","version":%d,
         "script":{"revision":2,"topic":"octopus","title":"Five facts about octopuses","description":"d",
                   "tags":["sea"],"hook":"h","callToAction":"c","scenes":[],"answersNotes":null,"author":"alice"},
         "assets":null,"scriptApproval":{"reviewer":"alice","at":"2025-06-01T08:05:00Z","comment":"good hook"},
         "approvedRevision":2,"videoApproval":null,"generation":%d,"scenesToRegenerate":[],"publishAttempt":0,
         "publishAt":null,"publishOptions":null,"lastFailure":%s,"publishedLocation":null,
         "costEstimate":{"revision":2,"total":0.4213,"lines":[]},"actualCost":0.4,
         "progress":{"generation":1,"stage":"SCENES","scenesDone":4,"scenesFailed":1,"scenesTotal":10,"percent":40,
                     "etaSeconds":12,"message":"rendering scene 5","at":"2025-06-01T08:06:00Z"},
         "history":[
           {"from":null,"to":"SCRIPT_PENDING_REVIEW","trigger":"event ScriptDrafted","actor":"editorial-service",
            "at":"2025-06-01T08:00:00Z","comment":null,"eventId":"e1"},
           {"from":"SCRIPT_PENDING_REVIEW","to":"READY_FOR_GENERATION","trigger":"command gate1/approve",
            "actor":"alice","at":"2025-06-01T08:05:00Z","comment":"good hook","eventId":"e2"}]}
        """.formatted(ID, state, version, generation, lastFailure == null ? "null" : "\"" + lastFailure + "\"");
  }

  static String problem(String error, String message, String state) {
    return "{\"error\":\"%s\",\"message\":\"%s\",\"state\":\"%s\"}".formatted(error, message, state);
  }
}
