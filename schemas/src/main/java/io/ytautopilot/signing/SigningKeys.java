package io.ytautopilot.signing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys as operators hand them over: PEM as {@code openssl genpkey -algorithm ed25519}
 * writes it (PKCS#8 private, X.509 public), or the same DER in plain base64. Errors name the
 * setting and never echo the key.
 */
public final class SigningKeys {
  /** The only signature algorithm approvals use. */
  public static final String ALGORITHM = "Ed25519";

  private SigningKeys() {}

  /** @throws IllegalArgumentException naming {@code setting} when the text is no Ed25519 private key */
  public static PrivateKey privateKey(String text, String setting) {
    try {
      return ed25519(KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(der(text, "PRIVATE KEY", setting))), setting);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(setting + " is not an Ed25519 private key (PKCS#8): " + e.getMessage());
    }
  }

  /** @throws IllegalArgumentException naming {@code setting} when the text is no Ed25519 public key */
  public static PublicKey publicKey(String text, String setting) {
    try {
      return ed25519(KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(der(text, "PUBLIC KEY", setting))), setting);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(setting + " is not an Ed25519 public key (X.509): " + e.getMessage());
    }
  }

  /** The public half of a new key pair and its private half, both as PEM: for the dev tools and tests. */
  public record Pem(String privateKey, String publicKey) {}

  public static Pem generate() {
    try {
      var pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
      return new Pem(pem("PRIVATE KEY", pair.getPrivate().getEncoded()), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 unavailable", e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  private static <K extends Key> K ed25519(K key, String setting) {
    if (!(key instanceof EdECKey edec) || !ALGORITHM.equals(edec.getParams().getName())) {
      throw new IllegalArgumentException(setting + " is not an Ed25519 key");
    }
    return key;
  }

  private static byte[] der(String text, String label, String setting) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(setting + " is empty");
    }
    String body = text.replace("-----BEGIN " + label + "-----", "").replace("-----END " + label + "-----", "")
        .replaceAll("\\s", "");
    if (body.contains("-----")) {
      throw new IllegalArgumentException(setting + " is PEM of another kind; expected " + label);
    }
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + " is neither PEM nor base64");
    }
  }
}
