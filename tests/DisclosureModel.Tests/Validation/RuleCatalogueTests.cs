using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Validation;

public class RuleCatalogueTests
{
    private static string RulesDocument()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisclosureModel.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "docs", "rules.md");
    }

    /// <summary>
    /// docs/rules.md embeds the catalogue generated from <see cref="DisclosureRules"/>. Run the tests with
    /// <c>UPDATE_RULES_DOC=1</c> to rewrite that section after changing a rule.
    /// </summary>
    [Fact]
    public void The_rule_catalogue_in_docs_is_up_to_date()
    {
        var path = RulesDocument();
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = text.IndexOf(RuleCatalogueMarkdown.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(RuleCatalogueMarkdown.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "docs/rules.md lacks the generated-section markers.");

        var start = begin + RuleCatalogueMarkdown.Begin.Length + 1;
        var expected = RuleCatalogueMarkdown.Create();
        if (Environment.GetEnvironmentVariable("UPDATE_RULES_DOC") == "1")
        {
            File.WriteAllText(path, text[..start] + expected + text[end..]);
            return;
        }

        Assert.Equal(expected, text[start..end]);
    }

    [Fact]
    public void Codes_are_unique_and_every_rule_has_both_messages()
    {
        Assert.Equal(DisclosureRules.All.Count, DisclosureRules.All.Select(r => r.Code).Distinct().Count());
        Assert.All(DisclosureRules.All, r =>
        {
            Assert.NotEmpty(r.ChineseTitle);
            Assert.NotEmpty(r.EnglishMessageTemplate);
            Assert.NotEmpty(r.ChineseMessageTemplate);
            Assert.Same(r, DisclosureRules.Get(r.Code));
        });
        Assert.Throws<ArgumentException>(() => DisclosureRules.Get("R5"));
    }

    [Fact]
    public void Every_rule_is_exercised_by_a_test_that_names_its_code()
    {
        var tests = string.Concat(Directory.GetFiles(Path.GetDirectoryName(RulesDocument())! + "/../tests/DisclosureModel.Tests/Validation", "*Tests.cs").Select(File.ReadAllText));

        Assert.All(DisclosureRules.All, r => Assert.Contains($"\"{r.Code}", tests, StringComparison.Ordinal));
    }
}
