using DisclosureModel.Import;
using DisclosureModel.Word;

namespace DisclosureModel.Fuzz;

/// <summary>The Word document target (a separate file: the Word package is a dependency of its own).</summary>
public static partial class FuzzTargets
{
    /// <summary>
    /// The Word importer: never throws on content; without a report there is an error; a report it returns validates,
    /// and writes to a <c>.docx</c> that imports again without throwing.
    /// </summary>
    /// <param name="input">The bytes of a <c>.docx</c> file (or anything else).</param>
    public static void Docx(ReadOnlySpan<byte> input)
    {
        var result = DocxReportImporter.Import(input);
        if (result.Report is not { } report)
        {
            if (!result.Log.HasErrors)
            {
                throw new InvalidOperationException("The Word importer returned no report and no error.");
            }

            return;
        }

        _ = Validator.Validate(report);
        _ = DocxReportImporter.Import(DocxReportWriter.ToBytes(report), new ImportOptions { ReadBlanksAsZero = false });
    }
}
