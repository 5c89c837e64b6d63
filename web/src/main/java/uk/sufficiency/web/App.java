package uk.sufficiency.web;

import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.web.jobs.Jobs;
import uk.sufficiency.web.runs.RunBackend;
import uk.sufficiency.web.scenarios.ScenarioStore;
import uk.sufficiency.web.scenarios.VariantEditor;

/** What every page uses: the workspace and its scenarios, background jobs, caches and templates. */
public record App(Workspace workspace, ScenarioStore scenarios, VariantEditor editor, Jobs jobs, ResultCache cache,
        Templates templates, RunBackend backend, Long seedOption) {

    /** The seed of a computation: the --seed given to serve, else the pipeline's default. */
    public long seed() {
        return seedOption != null ? seedOption : PipelineContext.DEFAULT_SEED;
    }
}
