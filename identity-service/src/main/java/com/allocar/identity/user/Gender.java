package com.allocar.identity.user;

public enum Gender { MALE, FEMALE, OTHER }
