package com.allocar.platform.events;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateRootTest {

    enum LampEvents implements EventType {
        SWITCHED_ON;

        @Override
        public String topic() {
            return "house.lamps";
        }

        @Override
        public String aggregateType() {
            return "lamp";
        }

        @Override
        public String wire() {
            return "lamp.switched_on";
        }
    }

    record SwitchedOn(String lampId) implements PublishedEvent {
        @Override
        public EventType type() {
            return LampEvents.SWITCHED_ON;
        }

        @Override
        public Object aggregateId() {
            return lampId;
        }
    }

    record Dusted(String lampId) implements DomainEvent {
    }

    static final class Lamp extends AggregateRoot {
        void switchOn() {
            record(new SwitchedOn("l1"));
        }

        void dust() {
            record(new Dusted("l1"));
        }
    }

    @Test
    void keeps_what_was_recorded_in_order_until_delivered_once() {
        Lamp lamp = new Lamp();
        lamp.switchOn();
        lamp.dust();
        List<Object> delivered = new ArrayList<>();
        new RecordedEvents(delivered::add).publish(lamp);
        assertThat(delivered).containsExactly(new SwitchedOn("l1"), new Dusted("l1"));
        assertThat(lamp.recordedEvents()).isEmpty();
        new RecordedEvents(delivered::add).publish(lamp);
        assertThat(delivered).hasSize(2);
    }

    @Test
    void a_published_event_is_its_own_payload_unless_it_says_otherwise() {
        SwitchedOn e = new SwitchedOn("l1");
        assertThat(e.payload()).isSameAs(e);
        assertThat(e.type().wire()).isEqualTo("lamp.switched_on");
    }
}
