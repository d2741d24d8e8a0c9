package dev.interviewkit.calendar;

import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Loop;
import java.util.ArrayList;
import java.util.List;

/** What an event says: the interviewer copies name the focus and packet, the candidate's not. */
final class EventText {

  /** Who a calendar file is for. */
  enum Copy { LOOP, INTERVIEWER, CANDIDATE }

  private final Loop loop;
  private final Logistics logistics;

  EventText(Loop loop, Logistics logistics) {
    this.loop = loop;
    this.logistics = logistics;
  }

  String summary(Slot slot, Copy copy) {
    return copy == Copy.CANDIDATE
        ? "Interview: " + slot.round().spec().title() + " (" + loop.role().title() + ")"
        : "Interview " + loop.candidate() + ": " + slot.round().spec().title();
  }

  String description(Slot slot, Copy copy) {
    List<String> lines = new ArrayList<>();
    String with = slot.interviewer().isBlank() ? "" : " with " + slot.interviewer().name()
        + (slot.interviewer().title().isEmpty() ? "" : ", " + slot.interviewer().title());
    lines.add(slot.round().spec().title() + ", " + slot.round().spec().minutes() + " minutes"
        + with + ".");
    if (!slot.place().place().isEmpty()) {
      lines.add((slot.place().link().isEmpty() ? "Where: " : "Video link: ")
          + slot.place().place());
    }
    if (copy == Copy.CANDIDATE) {
      lines.add("Part of your interview for " + loop.role().title() + " on " + loop.date()
          + ".");
      logistics.coordinator().ifPresent(c -> lines.add("Questions, or an adjustment you need: "
          + c.line() + "."));
    } else {
      lines.add("Candidate: " + loop.candidate() + " (" + loop.role().title() + ").");
      if (!slot.round().spec().focus().isEmpty()) {
        lines.add("Focus: " + slot.round().spec().focus());
      }
      lines.add("Your packet: " + slot.packet());
      logistics.coordinator().ifPresent(c -> lines.add("Coordinator: " + c.line() + "."));
    }
    return String.join("\n", lines);
  }
}
