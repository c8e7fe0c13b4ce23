using System.Text;
using DisclosureModel.Tests.Reliability;

namespace DisclosureModel.Html.Tests;

/// <summary>Random byte edits, truncations and splices of real scraped pages: an import result every time, never an exception or a hang.</summary>
public class HtmlMutationTests
{
    [Fact]
    public void Mutated_pages_import_or_give_an_error_result()
    {
        byte[][] originals = [.. new[] { "html/yeji-2020.html", "html/pingtan-2022.html" }.Select(f => Encoding.UTF8.GetBytes(TestData.Read(f)))];
        ByteMutations.AssertImportsOrGivesErrorResult(ByteMutations.Mutants(originals, seed: 7, count: 200), text => HtmlReportImporter.Import(text));
    }
}
