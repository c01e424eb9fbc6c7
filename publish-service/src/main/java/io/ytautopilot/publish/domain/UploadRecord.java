package io.ytautopilot.publish.domain;

/**
 * How far a video's upload got, as stored the moment each step happened.
 *
 * @param sessionUri the resumable upload session; null before one was opened or after it expired
 * @param externalId the platform's id of the uploaded video; null until the upload finished
 */
public record UploadRecord(String sessionUri, String externalId) {}
