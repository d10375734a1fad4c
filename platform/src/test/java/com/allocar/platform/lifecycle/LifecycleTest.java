package com.allocar.platform.lifecycle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    enum Light { GREEN, AMBER, RED, OFF }

    private static final Lifecycle<Light> LIGHTS = Lifecycle.of("Light", Light.class)
            .from(Light.GREEN).to(Light.AMBER, Light.OFF)
            .from(Light.AMBER).to(Light.RED)
            .from(Light.RED).to(Light.GREEN, Light.OFF)
            .build();

    @Test
    void theTableDecidesEveryPair() {
        assertThat(LIGHTS.next(Light.GREEN)).containsExactlyInAnyOrder(Light.AMBER, Light.OFF);
        assertThat(LIGHTS.allows(Light.AMBER, Light.RED)).isTrue();
        assertThat(LIGHTS.allows(Light.AMBER, Light.GREEN)).isFalse();
        assertThat(LIGHTS.isFinal(Light.OFF)).isTrue();
        assertThat(LIGHTS.next(Light.OFF)).isEmpty();
        assertThat(LIGHTS.require(Light.RED, Light.GREEN)).isEqualTo(Light.GREEN);
    }

    @Test
    void aRefusedMoveNamesTheCurrentStateAndWhatIsAllowed() {
        assertThatThrownBy(() -> LIGHTS.require(Light.AMBER, Light.GREEN)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Light is amber and cannot become green");
            assertThat(e.current()).isEqualTo("amber");
            assertThat(e.allowed()).containsExactly("red");
        });
        assertThat(LIGHTS.refuse(Light.OFF, "A light that is off cannot blink").allowed()).isEmpty();
    }

    @Test
    void repeatsAreToldApartFromMoves() {
        assertThat(LIGHTS.isRepeat(Light.RED, Light.RED)).isTrue();
        assertThat(LIGHTS.isRepeat(Light.RED, Light.GREEN)).isFalse();
        // a repeat is not a move: the table is not asked to allow it
        assertThat(LIGHTS.allows(Light.RED, Light.RED)).isFalse();
    }

    @Test
    void wireNamesAreLowerCaseBothWays() {
        assertThat(Lifecycle.wire(Light.AMBER)).isEqualTo("amber");
        assertThat(LIGHTS.fromWire("amber")).contains(Light.AMBER);
        assertThat(LIGHTS.fromWire("AMBER")).isEmpty();
        assertThat(LIGHTS.fromWire("blue")).isEmpty();
    }

    @Test
    void aStatesMovesAreDeclaredOnce() {
        assertThatThrownBy(() -> Lifecycle.of("Light", Light.class).from(Light.GREEN).to(Light.AMBER).from(Light.GREEN).to(Light.OFF))
                .hasMessageContaining("declared twice");
    }
}
