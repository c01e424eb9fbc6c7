package io.ytautopilot.production.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProviderChainTests {
  private static final Voice PREMIUM = new Voice("openai-tts", 0.015);
  private static final Voice BUDGET = new Voice("budget-tts", 0.004);
  private static final Voice LOCAL = new Voice("espeak-ng", 0);
  private static final ProviderChain<Voice> VOICES = new ProviderChain<>("voice-over", List.of(PREMIUM, BUDGET, LOCAL));

  @Test
  void theFirstProviderServesWhenItDelivers() {
    var tried = new ArrayList<String>();

    var served = VOICES.serve(trying(tried, voice -> voice.name() + ".wav"));

    assertThat(served.result()).isEqualTo("openai-tts.wav");
    assertThat(served.provider()).isEqualTo(PREMIUM);
    assertThat(served.passedOver()).isEmpty();
    assertThat(tried).containsExactly("openai-tts");
  }

  @Test
  void aFailingProviderIsPassedOverAndTheNextOneServes() {
    var tried = new ArrayList<String>();

    var served = VOICES.serve(trying(tried, voice -> {
      if (voice == PREMIUM) {
        throw new ProviderFailure("openai-tts", "HTTP 429 after 3 tries");
      }
      return voice.name() + ".wav";
    }));

    assertThat(served.provider()).isEqualTo(BUDGET);
    assertThat(served.result()).isEqualTo("budget-tts.wav");
    assertThat(served.passedOver()).extracting(ProviderFailure::provider).containsExactly("openai-tts");
    assertThat(served.passedOver()).extracting(Throwable::getMessage)
        .containsExactly("openai-tts: HTTP 429 after 3 tries");
    assertThat(tried).containsExactly("openai-tts", "budget-tts");
  }

  @Test
  void aProviderThrowingAnUnexpectedExceptionIsPassedOverToo() {
    var broken = new IllegalStateException("connection pool shut down");

    var served = VOICES.serve(voice -> {
      if (voice == PREMIUM) {
        throw broken;
      }
      return voice.name();
    });

    assertThat(served.provider()).isEqualTo(BUDGET);
    assertThat(served.passedOver()).singleElement().satisfies(failure -> {
      assertThat(failure.provider()).isEqualTo("openai-tts");
      assertThat(failure).hasMessage("openai-tts: java.lang.IllegalStateException: connection pool shut down").hasCause(broken);
    });
  }

  @Test
  void whenEveryProviderFailsTheChainIsExhaustedListingEachErrorInOrder() {
    var tried = new ArrayList<String>();

    var exhausted = catchThrowableOfType(ProviderChain.Exhausted.class, () -> VOICES.serve(trying(tried, voice -> {
      if (voice == BUDGET) {
        throw new IllegalArgumentException("bad voice id");
      }
      throw new ProviderFailure(voice.name(), "down");
    })));

    assertThat(exhausted).hasMessage("every voice-over provider failed: openai-tts: down; budget-tts: java.lang.IllegalArgumentException: bad voice id;"
        + " espeak-ng: down");
    assertThat(exhausted.failures()).extracting(ProviderFailure::provider)
        .containsExactly("openai-tts", "budget-tts", "espeak-ng");
    assertThat(tried).containsExactly("openai-tts", "budget-tts", "espeak-ng");
  }

  @Test
  void theFirstProviderIsThePreferredOne() {
    assertThat(VOICES.preferred()).isEqualTo(PREMIUM);
    assertThat(VOICES.providers()).containsExactly(PREMIUM, BUDGET, LOCAL);
    assertThat(VOICES.kind()).isEqualTo("voice-over");
  }

  @Test
  void aChainWithoutProvidersIsRejectedNamingItsKind() {
    assertThatThrownBy(() -> new ProviderChain<Voice>("scene video", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scene video chain");
    assertThatThrownBy(() -> new ProviderChain<Voice>("thumbnail", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thumbnail chain");
  }

  @Test
  void theChainKeepsItsOwnCopyOfTheProviders() {
    var providers = new ArrayList<>(List.of(PREMIUM));
    var chain = new ProviderChain<>("voice-over", providers);

    providers.add(0, LOCAL);

    assertThat(chain.preferred()).isEqualTo(PREMIUM);
    assertThat(chain.providers()).containsExactly(PREMIUM);
  }

  /** The step, noting which providers it was tried with. */
  private static <R> Function<Voice, R> trying(List<String> tried, Function<Voice, R> step) {
    return voice -> {
      tried.add(voice.name());
      return step.apply(voice);
    };
  }

  private record Voice(String name, double usdPerUnit) implements Provider {}
}
