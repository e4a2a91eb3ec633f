package dev.costbench.model;

/** A directed connection between two blocks, by id (traffic flows from → to). */
public record Connection(String from, String to) {}
