package se.kommunstod.api;

/** One thing wrong with one field of a request, in Swedish and in English. */
public record FieldError(String field, String code, String message, String messageEn) {}
