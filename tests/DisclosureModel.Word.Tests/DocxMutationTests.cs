using System.Text;
using DisclosureModel.Tests.Reliability;

namespace DisclosureModel.Word.Tests;

/// <summary>
/// Random byte edits, truncations and splices of written documents, of the package's bytes and of the XML of its main
/// part (repacked): an import result every time, never an exception or a hang; without a report, an error.
/// </summary>
public sealed class DocxMutationTests
{
    private static readonly byte[][] Originals = [DocxReportWriter.ToBytes(Samples.Yeji2020), DocxReportWriter.ToBytes(Samples.Pingtan2022)];

    private static int Check(byte[] docx)
    {
        var result = DocxReportImporter.Import(docx);
        Assert.True(result.Report is not null || result.Log.HasErrors, "no report and no error");
        return result.Report is null ? 0 : 1;
    }

    [Fact]
    public void Mutated_packages_import_or_give_an_error_result()
    {
        var errors = 0;
        ByteMutations.RunAll(ByteMutations.Mutants(Originals, seed: 15, count: 150), docx => errors += 1 - Check(docx));
        Assert.True(errors > 0);
    }

    [Fact]
    public void Mutated_main_parts_import_or_give_an_error_result()
    {
        byte[][] xml = [.. Originals.Select(d => Encoding.UTF8.GetBytes(DocxEditing.MainPartXml(d)))];
        var reports = 0;
        var errors = 0;
        ByteMutations.RunAll(ByteMutations.Mutants(xml, seed: 16, count: 150), text =>
        {
            var read = Check(DocxEditing.WithMainPartXml(Encoding.UTF8.GetString(text)));
            reports += read;
            errors += 1 - read;
        });

        Assert.True(reports > 0 && errors > 0, $"{reports} reports, {errors} without report");
    }
}
