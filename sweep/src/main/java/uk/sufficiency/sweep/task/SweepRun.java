package uk.sufficiency.sweep.task;

import java.io.Serializable;
import java.util.List;

/**
 * What every task of one sweep shares, shipped once with the job.
 *
 * @param seed          the spec's seed: generated councils and task seeds derive from it
 * @param years         years projected and planned after 31 March 2019
 * @param capabilities  the sweep steps run in each task, in order ({@code lac}, {@code plan})
 * @param common        settings applied to every council before each scenario's own edits
 */
public record SweepRun(long seed, int years, List<String> capabilities, List<Setting> common) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SweepRun {
        capabilities = List.copyOf(capabilities);
        common = List.copyOf(common);
    }
}
