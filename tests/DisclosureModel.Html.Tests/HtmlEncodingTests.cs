using System.Text;
using System.Text.RegularExpressions;
using DisclosureModel.Import;

namespace DisclosureModel.Html.Tests;

/// <summary>
/// The HTML importer from bytes and streams: the test pages re-encoded mechanically (GB18030 with <c>&lt;meta charset=gbk&gt;</c>,
/// with <c>http-equiv</c>, without a declaration, with its BOM; UTF-16 LE/BE; mislabelled pages) import to exactly what
/// the page's text imports to, cell by cell, and say how they were decoded.
/// </summary>
public class HtmlEncodingTests
{
    private const string Utf8Meta = "<meta charset=\"utf-8\">";

    private static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public static TheoryData<string, string> PagesAndVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in new[] { "html/pingtan-2022.html", "html/yeji-2020.html" })
        {
            foreach (var variant in Variants.Keys)
            {
                data.Add(page, variant);
            }
        }

        return data;
    }

    /// <summary>Each variant: the meta element put in place of the page's, how the bytes are made, the options, and the decoding messages expected.</summary>
    private static readonly Dictionary<string, (string Meta, Func<string, byte[]> Encode, string? Charset, string[] Messages)> Variants = new()
    {
        ["GB18030, meta gbk"] = ("<meta charset=\"gbk\">", Gb18030.GetBytes, null, ["import.encodingFromMeta"]),
        ["GB18030, meta http-equiv gb2312"] = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", Gb18030.GetBytes, null, ["import.encodingFromMeta"]),
        ["GB18030, no meta"] = (string.Empty, Gb18030.GetBytes, null, ["import.encodingGb18030"]),
        ["GB18030 with BOM, meta gbk"] = ("<meta charset=\"gbk\">", t => [0x84, 0x31, 0x95, 0x33, .. Gb18030.GetBytes(t)], null, ["import.encodingFromBom"]),
        ["GB18030, charset option, meta utf-8"] = (Utf8Meta, Gb18030.GetBytes, "GBK", ["import.encodingFromOptions"]),
        ["UTF-16LE with BOM"] = (Utf8Meta, t => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(t)], null, ["import.encodingFromBom"]),
        ["UTF-16BE with BOM"] = (Utf8Meta, t => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(t)], null, ["import.encodingFromBom"]),
        ["UTF-8, meta utf-8"] = (Utf8Meta, Encoding.UTF8.GetBytes, null, ["import.encodingFromMeta"]),
        ["mislabelled: meta gbk, UTF-8 with BOM"] = ("<meta charset=\"gbk\">", t => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)], null, ["import.encodingFromBom", "import.encodingMetaOverriddenByBom"]),
        ["mislabelled: meta gbk, UTF-8"] = ("<meta charset=\"gbk\">", Encoding.UTF8.GetBytes, null, ["import.encodingMetaContradicted"]),
        ["mislabelled: meta utf-8, GB18030"] = (Utf8Meta, Gb18030.GetBytes, null, ["import.encodingMetaContradicted"]),
        ["unknown meta, GB18030"] = ("<meta charset=\"x-no-such\">", Gb18030.GetBytes, null, ["import.encodingMetaUnknown", "import.encodingGb18030"]),
    };

    private static void AssertSameImport(ImportResult expected, ImportResult actual, string[] decodingMessageIds)
    {
        Assert.NotNull(expected.Report);
        Assert.NotNull(actual.Report);
        var catalog = CellCatalog.For(expected.Report);
        var want = catalog.Read(expected.Report);
        var got = catalog.Read(actual.Report);
        for (var i = 0; i < catalog.Count; i++)
        {
            Assert.True(want[i] == got[i], $"{catalog[i].PropertyPath}: expected {want[i]}, got {got[i]}");
        }

        Assert.Equal(expected.Report, actual.Report);
        var decoding = actual.Log.Diagnostics.TakeWhile(d => d.Code == ImportDiagnosticCode.InputEncoding).ToList();
        Assert.Equal(decodingMessageIds, decoding.Select(d => d.MessageId));
        Assert.Equal(expected.Log.Diagnostics, actual.Log.Diagnostics.Skip(decoding.Count));
        Assert.Equal(expected.Log with { Diagnostics = [] }, actual.Log with { Diagnostics = [] });
    }

    [Theory]
    [MemberData(nameof(PagesAndVariants))]
    public async Task A_re_encoded_page_imports_cell_for_cell_from_bytes_and_streams(string page, string variant)
    {
        var (meta, encode, charset, messages) = Variants[variant];
        var original = TestData.Read(page);
        Assert.Contains(Utf8Meta, original, StringComparison.Ordinal);
        var html = original.Replace(Utf8Meta, meta, StringComparison.Ordinal);
        var options = new ImportOptions { Charset = charset };
        var expected = HtmlReportImporter.Import(html, options);
        var bytes = encode(html);

        AssertSameImport(expected, HtmlReportImporter.Import(bytes, options), messages);
        using var stream = new MemoryStream(bytes);
        AssertSameImport(expected, HtmlReportImporter.Import(stream, options), messages);
        using var asyncStream = new MemoryStream(bytes);
        AssertSameImport(expected, await HtmlReportImporter.ImportAsync(asyncStream, options), messages);

        // The declaration is in the page's head: the report is the original page's.
        Assert.Equal(HtmlReportImporter.Import(original).Report, expected.Report);
    }

    [Fact]
    public void The_meta_declaration_is_located_and_named()
    {
        var html = TestData.Read("html/pingtan-2022.html").Replace(Utf8Meta, "<meta charset=\"gbk\">", StringComparison.Ordinal);
        var line = html[..html.IndexOf("<meta", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var decoding = HtmlReportImporter.Import(Gb18030.GetBytes(html)).Log.Diagnostics[0];

        Assert.Equal(new SourceLocation(line, 1), decoding.Location);
        Assert.Equal("gbk", decoding.Seen);
        Assert.Equal("Decoded as GB18030: the page declares the character set gbk in <meta>.", decoding.Message);
        Assert.Equal("以 GB18030 解码：页面在 <meta> 中声明的字符集为 gbk。", decoding.ChineseMessage);
    }

    [Fact]
    public void Random_bytes_give_a_clear_result_never_an_exception()
    {
        var random = new Random(20240103);
        for (var n = 0; n < 100; n++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            if (n % 2 == 0)
            {
                byte[] prefix = [.. "<html><head><meta charset=gbk></head><body><table><tr><td>"u8];
                bytes = [.. prefix, .. bytes];
            }

            var result = HtmlReportImporter.Import(bytes);

            Assert.Null(result.Report);
            Assert.Equal(ImportDiagnosticCode.InputEncoding, result.Log.Diagnostics[0].Code);
            Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.NotAReport);
        }
    }

    [Fact]
    public void Bytes_too_large_for_the_limit_are_refused_before_decoding()
    {
        var result = HtmlReportImporter.Import(new byte[1000], new ImportOptions { MaxInputLength = 100 });

        Assert.Null(result.Report);
        Assert.Equal("import.inputTooLargeBytes", Assert.Single(result.Log.Diagnostics).MessageId);
    }

    [Fact]
    public void Null_streams_throw()
    {
        Assert.Throws<ArgumentNullException>("stream", () => HtmlReportImporter.Import((Stream)null!));
        Assert.Throws<ArgumentNullException>("stream", () => { _ = HtmlReportImporter.ImportAsync(null!); });
    }

    [Fact]
    public void A_2021_page_with_one_other_handling_row_imports_as_the_hybrid()
    {
        var page = TestData.Read("html/pingtan-2022.html");
        var original = HtmlReportImporter.Import(page).Report!;
        var outcomes = original.Applications.Outcomes;
        var expected = original with
        {
            Applications = ApplicationsTable.Create(
                FormatEdition.Edition2019,
                row => row == ApplicationRow.OtherHandling ? outcomes.OtherHandlingSum : ApplicationsLayout.GetRow(row).GetCounts(original.Applications)!.Value),
        };

        // The row that opens （六）其他处理 with rowspan N and the N − 1 rows under it become one row of their sums.
        var sum = outcomes.OtherHandlingSum;
        var oneRow = "<tr><td colspan=\"2\">（六）其他处理</td>" + string.Concat(ApplicantColumns.All.Select(c => $"<td>{sum[c]}</td>")) + "</tr>";
        var hybridPage = Regex.Replace(page, "<tr><td rowspan=\"3\">（六）其他处理</td>.*?</tr>\\s*<tr>.*?</tr>\\s*<tr>.*?</tr>", oneRow, RegexOptions.Singleline);
        Assert.NotEqual(page, hybridPage);

        var result = HtmlReportImporter.Import(Encoding.UTF8.GetBytes(hybridPage));

        Assert.Same(CellCatalog.Edition2021Hybrid, CellCatalog.For(result.Report!));
        var want = CellCatalog.Edition2021Hybrid.Read(expected);
        var got = CellCatalog.Edition2021Hybrid.Read(result.Report!);
        for (var i = 0; i < want.Length; i++)
        {
            Assert.True(want[i] == got[i], $"{CellCatalog.Edition2021Hybrid[i].PropertyPath}: expected {want[i]}, got {got[i]}");
        }

        Assert.Equal(expected, result.Report);
        Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionHybrid);
        Assert.False(result.Log.HasErrors, result.Log.ToCanonicalText());
    }
}
