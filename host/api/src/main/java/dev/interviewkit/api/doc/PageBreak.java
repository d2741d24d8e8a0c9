package dev.interviewkit.api.doc;

/** Starts a new page. */
public record PageBreak() implements Block {}
