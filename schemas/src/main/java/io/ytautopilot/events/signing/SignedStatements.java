package io.ytautopilot.events.signing;

import io.ytautopilot.events.SignedStatement;
import io.ytautopilot.signing.SigningKeys;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Signs statements with Ed25519 and reads them back only after their signature verified. The
 * payload is the statement's Avro single-object encoding, which starts with its schema's
 * fingerprint, and the signature also covers a context naming the statement's type: bytes signed
 * as one kind of statement never verify as another.
 */
public final class SignedStatements {
  private static final String CONTEXT = "yt-autopilot signed statement v1\n";

  private SignedStatements() {}

  /** Signs the statement as it is now; later changes to the record do not reach the payload. */
  public static <T extends SpecificRecord> SignedStatement sign(T statement, String keyId, PrivateKey key) {
    byte[] payload;
    try {
      payload = bytes(new BinaryMessageEncoder<T>(SpecificData.get(), statement.getSchema()).encode(statement));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode " + statement.getSchema().getFullName(), e);
    }
    try {
      var signer = Signature.getInstance(SigningKeys.ALGORITHM);
      signer.initSign(key);
      signer.update(context(statement.getSchema().getFullName()));
      signer.update(payload);
      return new SignedStatement(keyId, ByteBuffer.wrap(payload), ByteBuffer.wrap(signer.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with key " + keyId + ": " + e.getMessage(), e);
    }
  }

  /** Whether the signature is the key's over the payload as a statement of the given type. */
  public static boolean verifies(SignedStatement signed, Class<? extends SpecificRecord> type, PublicKey key) {
    try {
      var verifier = Signature.getInstance(SigningKeys.ALGORITHM);
      verifier.initVerify(key);
      verifier.update(context(SpecificData.get().getSchema(type).getFullName()));
      verifier.update(bytes(signed.getPayload()));
      return verifier.verify(bytes(signed.getSignature()));
    } catch (GeneralSecurityException malformed) { // a key of another kind or a garbled signature
      return false;
    }
  }

  /**
   * The statement in the payload. Call it only after {@link #verifies}: the payload is trusted
   * because of its signature, not because it decodes.
   *
   * @throws IllegalArgumentException when the payload is not a statement of that type in a schema this
   *     build knows
   */
  public static <T extends SpecificRecord> T read(SignedStatement signed, Class<T> type) {
    var decoder = new BinaryMessageDecoder<T>(SpecificData.get(), SpecificData.get().getSchema(type));
    try {
      return decoder.decode(bytes(signed.getPayload()));
    } catch (IOException | AvroRuntimeException e) {
      throw new IllegalArgumentException("the payload is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** Hex SHA-256 of the signed payload: how a later statement names the one it continues. */
  public static String sha256(SignedStatement signed) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(signed.getPayload())));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static byte[] context(String type) {
    return (CONTEXT + type + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A payload's or signature's bytes, copied without moving the buffer's position: a record's buffer
   * is read more than once, and a decoded one need not be backed by an array of just these bytes.
   */
  public static byte[] bytes(ByteBuffer buffer) {
    var copy = new byte[buffer.remaining()];
    buffer.duplicate().get(copy);
    return copy;
  }
}
