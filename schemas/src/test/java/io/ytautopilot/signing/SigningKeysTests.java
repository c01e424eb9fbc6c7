package io.ytautopilot.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeysTests {

  @Test
  void readsPemAsOpensslWritesItAndPlainBase64Der() throws Exception {
    var pem = SigningKeys.generate();
    var privateKey = SigningKeys.privateKey(pem.privateKey(), "yt.approval.signing-key");
    var publicKey = SigningKeys.publicKey(pem.publicKey(), "trusted key k1");

    assertThat(SigningKeys.privateKey(Base64.getEncoder().encodeToString(privateKey.getEncoded()), "x"))
        .isEqualTo(privateKey);
    assertThat(SigningKeys.publicKey(Base64.getEncoder().encodeToString(publicKey.getEncoded()), "x"))
        .isEqualTo(publicKey);
  }

  @Test
  void refusesWhatIsNoEd25519KeyNamingTheSettingWithoutEchoingIt() throws Exception {
    var rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    String rsaPrivate = Base64.getEncoder().encodeToString(rsa.getPrivate().getEncoded());

    assertThatThrownBy(() -> SigningKeys.privateKey(rsaPrivate, "yt.approval.signing-key"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("yt.approval.signing-key is not")
        .hasMessageNotContaining(rsaPrivate.substring(0, 40));
    assertThatThrownBy(() -> SigningKeys.publicKey("not a key!", "trusted key k1"))
        .hasMessage("trusted key k1 is neither PEM nor base64");
    assertThatThrownBy(() -> SigningKeys.publicKey(SigningKeys.generate().privateKey(), "trusted key k1"))
        .hasMessage("trusted key k1 is PEM of another kind; expected PUBLIC KEY");
    assertThatThrownBy(() -> SigningKeys.privateKey(" ", "yt.approval.signing-key"))
        .hasMessage("yt.approval.signing-key is empty");
  }
}
