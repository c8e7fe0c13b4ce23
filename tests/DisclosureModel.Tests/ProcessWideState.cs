namespace DisclosureModel.Tests;

/// <summary>Tests that change the current culture or other process-wide state run in this collection, one at a time.</summary>
[CollectionDefinition(nameof(ProcessWideState), DisableParallelization = true)]
public sealed class ProcessWideState;
