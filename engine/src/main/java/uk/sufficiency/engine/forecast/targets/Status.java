package uk.sufficiency.engine.forecast.targets;

/**
 * Red/amber/green: green when the projection meets the target, amber when it misses by no more
 * than the amber tolerance (a fraction of the target value), red otherwise.
 */
public enum Status { GREEN, AMBER, RED }
