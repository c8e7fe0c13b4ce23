using DisclosureModel.Fuzz;

namespace DisclosureModel.Tests.Reliability;

/// <summary>
/// Replays the corpus the fuzzer found (tests/DisclosureModel.Fuzz/corpus/&lt;target&gt;/) through the fuzz targets
/// themselves (FuzzTargets.cs, linked): each input reads to a report or fails with the documented exception or result.
/// </summary>
public class FuzzCorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, target)).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Corpus_input_reads_or_fails_as_documented(string target, string file) =>
        FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(Root, target, file)));

    [Fact]
    public void Every_target_has_a_corpus()
    {
        foreach (var target in FuzzTargets.Names)
        {
            Assert.True(Directory.EnumerateFiles(Path.Combine(Root, target)).Count() >= 10, target);
        }
    }
}
