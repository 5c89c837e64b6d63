package uk.sufficiency.engine.forecast.targets;

import java.util.Optional;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.series.Frequency;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.model.scenario.Target;

/** Holds targets against forecasts. */
public final class TargetAssessor {

    private TargetAssessor() {
    }

    /**
     * The forecast step (1-based) whose period contains the target period: the same year for a
     * yearly series, the same month or quarter otherwise; empty if it is not forecast.
     */
    public static Optional<Integer> stepFor(ForecastResult forecast, Period targetPeriod) {
        for (ForecastPoint point : forecast.points()) {
            if (sameBucket(point.period(), targetPeriod)) {
                return Optional.of(point.step());
            }
        }
        return Optional.empty();
    }

    /** Whether the target period falls in the forecast period. */
    public static boolean sameBucket(Period forecastPeriod, Period target) {
        if (forecastPeriod.year() != target.year()) {
            return false;
        }
        Frequency frequency = forecastPeriod.frequency();
        if (frequency == Frequency.YEARLY) {
            return true;
        }
        int month = target.date() != null ? target.date().getMonthValue()
                : (target.step() - 1) * target.frequency().monthsPerPeriod() + 1;
        return (month - 1) / frequency.monthsPerPeriod() + 1 == forecastPeriod.step();
    }

    /** The forecast period a target's date falls in, at the series' frequency. */
    public static Period periodOf(ForecastResult forecast, Target target) {
        return Period.ofDate(forecast.series().frequency(), target.by());
    }

    /** Assesses a target whose period is forecast at {@code step} (see {@link #stepFor}). */
    public static TargetAssessment assess(ForecastResult forecast, Target target, int step) {
        ForecastPoint point = forecast.points().get(step - 1);
        double projected = point.mean();
        double atMost = forecast.probabilityAtMost(step, target.value());
        double probability = target.direction() == Target.Direction.AT_MOST ? atMost : 1 - atMost;
        Status status;
        if (target.direction().isMetBy(projected, target.value())) {
            status = Status.GREEN;
        } else if (Math.abs(projected - target.value()) <= Math.abs(target.value()) * target.amberTolerance()) {
            status = Status.AMBER;
        } else {
            status = Status.RED;
        }
        Period firstCrossing = null;
        for (ForecastPoint future : forecast.points()) {
            if (!target.direction().isMetBy(future.mean(), target.value())) {
                firstCrossing = future.period();
                break;
            }
        }
        return new TargetAssessment(target, point.period(), projected, projected - target.value(), probability, status,
                firstCrossing);
    }
}
