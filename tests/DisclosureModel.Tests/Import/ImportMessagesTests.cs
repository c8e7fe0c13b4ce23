using System.Reflection;
using System.Text.RegularExpressions;
using DisclosureModel.Import;
using DisclosureModel.Utility;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Import;

/// <summary>Every import log message comes from <see cref="ImportMessages"/>, in Chinese and English.</summary>
public partial class ImportMessagesTests
{
    private static readonly MessageTemplate[] Catalogue =
    [
        .. typeof(ImportMessages).GetProperties(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(p => p.PropertyType == typeof(MessageTemplate))
            .Select(p => (MessageTemplate)p.GetValue(null)!),
    ];

    public static TheoryData<string> Pages => ["seed-yeji-2020.txt", "002_pingtan-zone_2020.txt", "004_pingtan-zone_2022.txt"];

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void The_catalogue_has_unique_ids_and_both_languages()
    {
        Assert.True(Catalogue.Length >= 40, Catalogue.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Catalogue.Length, Catalogue.Select(t => t.Id).Distinct().Count());
        Assert.All(Catalogue, t =>
        {
            Assert.StartsWith("import.", t.Id, StringComparison.Ordinal);
            Assert.NotEqual(t.Chinese, t.English);
            if (!t.Id.StartsWith("import.rule", StringComparison.Ordinal))
            {
                // The names of rules are equations; every sentence is Chinese.
                Assert.Contains(t.Chinese, c => c >= '\u4e00' && c <= '\u9fff');
            }
        });
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_diagnostic_of_a_real_page_is_a_catalogue_entry_in_both_languages(string page)
    {
        var log = ReportImporter.ImportText(TestData.Read(page), new ImportOptions { AgencyKind = AgencyKind.Department, AgencyName = "测试机关", ReportYear = 2020 }).Log;

        Assert.NotEmpty(log.Diagnostics);
        Assert.All(log.Diagnostics, d =>
        {
            var template = Assert.Single(Catalogue, t => t.Id == d.MessageId);
            Assert.DoesNotMatch(Placeholder(), d.Message);
            Assert.DoesNotMatch(Placeholder(), d.ChineseMessage);
            Assert.Equal(d.ChineseMessage, d.GetMessage(ValidationLanguage.Chinese));
            Assert.Equal(d.Message, d.GetMessage(ValidationLanguage.English));
            if (template.Placeholders.Count == 0)
            {
                Assert.Equal(template.English, d.Message);
                Assert.Equal(template.Chinese, d.ChineseMessage);
            }
        });
    }

    [Fact]
    public void Messages_are_the_catalogue_entries_formatted_with_their_arguments()
    {
        var result = ReportImporter.ImportText(TestData.Read("002_pingtan-zone_2020.txt"));

        var rules = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == "ProactiveDisclosure.Article20Item1.NormativeDocuments");
        var r7 = BalancingRules.GetProactiveEquations(FormatEdition.Edition2019).Where(e => e.Subject.PropertyPath.StartsWith("ProactiveDisclosure.Article20Item1.NormativeDocuments.", StringComparison.Ordinal));
        var (chinese, english) = ImportMessages.DescribeRules(r7);
        MessageArgument[] args = [("what", "第二十条第（一）项 规范性文件"), ("cells", 3), ("count", 7)];
        Assert.Equal(ImportMessages.AmbiguousAllSatisfy.Id, rules.MessageId);
        Assert.Equal(ImportMessages.AmbiguousAllSatisfy.FormatEnglish([.. args, ("rule", english)]), rules.Message);
        Assert.Equal(ImportMessages.AmbiguousAllSatisfy.FormatChinese([.. args, ("rule", chinese)]), rules.ChineseMessage);
        Assert.Equal(ImportMessages.GenericRule.FormatEnglish(("equation", DisclosureRules.CumulativeAtLeastNew.Equation), ("code", "R7")), english);

        var missing = Assert.Single(ReportImporter.ImportText("随便一段文字").Log.Diagnostics);
        Assert.Equal(ImportMessages.NoStatutoryTable.Id, missing.MessageId);
        Assert.Equal(ImportMessages.NoStatutoryTable.Chinese, missing.GetMessage(ValidationLanguage.Chinese));
    }

    [Fact]
    public void The_too_large_message_names_the_limit_in_both_languages()
    {
        var diagnostic = Assert.Single(ReportImporter.ImportText(new string('a', 11), new ImportOptions { MaxInputLength = 10 }).Log.Diagnostics);

        Assert.Equal(ImportMessages.InputTooLarge.FormatEnglish(("limit", 10)), diagnostic.Message);
        Assert.Equal(ImportMessages.InputTooLarge.FormatChinese(("limit", 10)), diagnostic.ChineseMessage);
    }

    [Fact]
    public void A_diagnostic_without_a_Chinese_message_gives_its_English_one()
    {
        var diagnostic = new ImportDiagnostic { Code = ImportDiagnosticCode.BlankCell, Severity = ImportSeverity.Info, Message = "m" };

        Assert.Equal("m", diagnostic.GetMessage(ValidationLanguage.Chinese));
        Assert.Null(diagnostic.MessageId);
    }
}
