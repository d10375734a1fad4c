package com.allocar.messaging.api;

/** What a message carries: text, or an image uploaded to the chat bucket. Travels as {@code text} / {@code image}. */
public enum MessageType {
    TEXT, IMAGE
}
