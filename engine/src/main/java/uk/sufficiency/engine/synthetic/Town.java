package uk.sufficiency.engine.synthetic;

/**
 * A place around which synthetic homes and carers are scattered.
 *
 * @param weight   relative share of children and carers drawn to this town
 * @param radiusKm spread (one standard deviation) of locations around the centre
 */
public record Town(String name, String region, double latitude, double longitude, double weight, double radiusKm) {
}
