using DisclosureModel;
using DisclosureModel.Rendering;
using Snapshooter.Xunit;

namespace Consumer.Tests;

/// <summary>Snapshots of rendered reports, as a user would pin them (strict in CI: a missing snapshot fails).</summary>
public class RenderingSnapshotTests
{
    [Fact]
    public void The_real_2021_sample_as_Markdown() => Snapshot.Match(ReportRenderer.ToMarkdown(Samples.Pingtan2022));
}
