using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// Typos and broken labels (issue 14, point 6): numbered labels with a character missing, extra or wrong are read by
/// a bounded fuzzy match and logged; stray spaces and vertically set headings are read as the label; two rows equally
/// close are never guessed between; narrative text is never read as a label.
/// </summary>
public class LabelTypoTests
{
    public static TheoryData<string> Pages => TableLocationTests.Pages;

    /// <summary>The numbered Section 三 row labels of an edition that the fuzzy match may read (four characters or more after the number).</summary>
    private static List<ApplicationRowDefinition> NumberedRows(FormatEdition edition) =>
        [.. ApplicationsLayout.GetRows(edition).Where(r => LabelCatalog.NumberingPrefix(r.Label.Chinese.Replace('（', '(').Replace('）', ')'), 0, r.Label.Chinese.Length) is { } p
            && LabelCatalog.FuzzyBound(AtomStream.Normalize(r.Label.Chinese).Length - p) >= 1)];

    /// <summary>The printed forms of a row label on the pages (full- or half-width brackets).</summary>
    private static string? Printed(string page, ApplicationRowDefinition row)
    {
        var label = row.Label.Chinese;
        string[] forms = [label, label.Replace('（', '(').Replace('）', ')').Replace('，', ',')];
        return forms.FirstOrDefault(f => page.Contains(f, StringComparison.Ordinal));
    }

    private static string EditEveryRow(string page, FormatEdition edition, Func<string, string> edit, List<(ApplicationRowDefinition Row, string Seen)> edited)
    {
        foreach (var row in NumberedRows(edition))
        {
            if (Printed(page, row) is not { } printed || row.Label.Chinese.IndexOf('（', 3) > 0)
            {
                continue; // a label with a parenthetical is also found by its words before it
            }

            var typo = edit(printed);
            Assert.NotEqual(printed, typo);
            page = page.Replace(printed, typo, StringComparison.Ordinal);
            edited.Add((row, typo));
        }

        Assert.True(edited.Count >= 15, $"{edited.Count} rows edited");
        return page;
    }

    private static int Prefix(string label) => label.IndexOfAny(['.', ')', '、']) + 1;

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_missing_character_in_every_numbered_row_label(string name)
    {
        var (page, options) = TableLocationTests.Page(name);
        var edition = ReportImporter.ImportText(page, options).Report!.Edition;
        var edited = new List<(ApplicationRowDefinition Row, string Seen)>();
        var text = EditEveryRow(page, edition, l => l.Remove(Prefix(l) + ((l.Length - Prefix(l)) / 2), 1), edited);

        var result = TableLocationTests.AssertSameTables(page, text, options);
        AssertLogged(result, edited, 1);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void An_extra_character_in_every_numbered_row_label(string name)
    {
        var (page, options) = TableLocationTests.Page(name);
        var edition = ReportImporter.ImportText(page, options).Report!.Edition;
        var edited = new List<(ApplicationRowDefinition Row, string Seen)>();
        var text = EditEveryRow(page, edition, l => l.Insert(Prefix(l) + ((l.Length - Prefix(l)) / 2), "的"), edited);

        var result = TableLocationTests.AssertSameTables(page, text, options);
        AssertLogged(result, edited, 1);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_published_typo_qi_ta_fa_lü_xing_zheng_zhi_gong_kai(string name)
    {
        // Hongze 2023 prints 2.其他法律行政止公开 (法规禁 missing) for 2.其他法律行政法规禁止公开.
        var (page, options) = TableLocationTests.Page(name);
        var text = page.Replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开", StringComparison.Ordinal);

        var result = TableLocationTests.AssertSameTables(page, text, options);
        var logged = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen == "2.其他法律行政止公开");
        Assert.Equal(ImportSeverity.Warning, logged.Severity);
        Assert.Equal("Applications.Outcomes.Withheld.ProhibitedByLaw", logged.PropertyPath);
        Assert.Equal("2.其他法律行政法规禁止公开", logged.Expected);
        Assert.Equal(ImportMessages.LabelFuzzy.FormatEnglish(("distance", 3), ("label", "2.其他法律行政法规禁止公开")), logged.Message);
        Assert.Equal(ImportMessages.LabelFuzzy.FormatChinese(("distance", 3), ("label", "2.其他法律行政法规禁止公开")), logged.ChineseMessage);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Stray_spaces_and_a_vertically_set_heading_are_read_as_the_label(string name)
    {
        var (page, options) = TableLocationTests.Page(name);
        var text = page.Replace("4.无正当理由大量反复申请", "4.无正当理由大量反复 申请", StringComparison.Ordinal)
            .Replace("三、本年度办理结果", "三 、本 年 度办 理 结果", StringComparison.Ordinal);

        var result = TableLocationTests.AssertSameTables(page, text, options);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen!.Contains("申请", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Too_many_edits_are_not_read_and_the_row_is_reported_missing(string name)
    {
        // Half of 1.属于国家秘密 changed: beyond the bound, the row is not read, its cells are blank and named.
        var (page, options) = TableLocationTests.Page(name);
        var text = page.Replace("1.属于国家秘密", "1.关于国家机关", StringComparison.Ordinal);
        Assert.NotEqual(page, text);

        var result = ReportImporter.ImportText(text, options);

        Assert.True(result.Report!.Applications.Outcomes.Withheld.StateSecret.IsBlank);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.RowMissing && d.Severity == ImportSeverity.Error && d.PropertyPath == "Applications.Outcomes.Withheld.StateSecret");
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.PropertyPath == "Applications.Outcomes.Withheld.StateSecret");
        var catalog = CellCatalog.Get(result.Report.Edition);
        var want = catalog.Read(ReportImporter.ImportText(page, options).Report!);
        var got = catalog.Read(result.Report);
        Assert.All(catalog.Cells, c => Assert.True(want[c.Index] == got[c.Index] || (got[c.Index].IsBlank && c.PropertyPath.StartsWith("Applications.Outcomes.Withheld.StateSecret", StringComparison.Ordinal)), c.PropertyPath));
    }

    [Fact]
    public void Two_rows_equally_close_to_a_typo_are_not_guessed_between()
    {
        // No two statutory labels with the same number are within twice the bound of each other, so the tie is shown
        // on a catalogue of two rows whose labels differ in one character: 1.属于国家秘密 and 1.属于国家机密.
        var secret = ApplicationsLayout.GetRow(ApplicationRow.StateSecret);
        var other = ApplicationsLayout.GetRow(ApplicationRow.NotHeld);
        var catalog = LabelCatalog.Create(
        [
            ("1.属于国家秘密", new LabelMeaning(LabelKind.ApplicationRow, null, secret.Label, secret)),
            ("1.属于国家机密", new LabelMeaning(LabelKind.ApplicationRow, null, other.Label, other)),
        ]);
        var stream = AtomStream.Create([new SourceCell("1.属于国家X密 0 0 0 0 0 0 0", new SourceLocation(1, 1))]);

        var tokens = Tokenizer.Tokenize(stream, 0, stream.Length, catalog);

        Assert.Equal(TokenKind.AmbiguousLabel, tokens[0].Kind);
        Assert.Equal([secret.Label, other.Label], tokens[0].Label!.Meanings.Select(m => m.Label));
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Label);

        // One of them one edit closer: read as that one.
        var near = AtomStream.Create([new SourceCell("1.属于国家秘 0 0 0 0 0 0 0", new SourceLocation(1, 1))]);
        var closer = Tokenizer.Tokenize(near, 0, near.Length, catalog);
        Assert.Equal(TokenKind.Label, closer[0].Kind);
        Assert.Equal(1, closer[0].Label!.Distance);
        Assert.Equal(secret.Label, Assert.Single(closer[0].Label!.Meanings).Label);
    }

    [Fact]
    public void Narrative_numbered_sentences_are_never_read_as_labels()
    {
        // Numbered sentences in Section 五 and between the tables, starting like row labels, with numbers after them.
        var (page, options) = TableLocationTests.Page("seed");
        var sentences = "\n1.属于国家的秘密事项较多，共2件。\n2.重复申请的处理有待规范5件\n(一)予以公开的比例有待提高10\n3.要求提供公开出版物\n";
        var text = page.Replace("因区融媒体中心属于", sentences + "因区融媒体中心属于", StringComparison.Ordinal);
        text = text.Replace(TableLocationTests.Heading(text, 3), sentences + TableLocationTests.Heading(text, 3), StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text, options);

        Assert.Equal(Samples.Yeji2020.Applications, result.Report!.Applications);
        Assert.Equal(Samples.Yeji2020.ReviewAndLitigation, result.Report.ReviewAndLitigation);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Severity == ImportSeverity.Warning);
        Assert.False(result.Log.HasErrors, result.Log.ToCanonicalText());
    }

    private static void AssertLogged(ImportResult result, List<(ApplicationRowDefinition Row, string Seen)> edited, int distance)
    {
        foreach (var (row, seen) in edited)
        {
            var logged = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.PropertyPath == row.PropertyPath);
            Assert.Equal(ImportSeverity.Warning, logged.Severity);
            Assert.Equal(AtomStream.Normalize(seen), logged.Seen);
            Assert.Equal(row.Label.Chinese, logged.Expected);
            Assert.Equal(ImportMessages.LabelFuzzy.Id, logged.MessageId);
            Assert.Equal(ImportMessages.LabelFuzzy.FormatEnglish(("distance", distance), ("label", row.Label.Chinese)), logged.Message);
        }
    }
}
