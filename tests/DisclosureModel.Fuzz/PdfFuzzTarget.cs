using DisclosureModel.Import;
using DisclosureModel.Pdf;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;

namespace DisclosureModel.Fuzz;

/// <summary>
/// The PDF reader as a fuzz target (<c>pdf</c>): kept apart from <see cref="FuzzTargets"/> so that the core test suite,
/// which links that file, does not depend on <c>DisclosureModel.Pdf</c>. DisclosureModel.Pdf.Tests links this file and
/// runs byte mutations of the corpus PDFs through it.
/// </summary>
public static class PdfFuzzTarget
{
    /// <summary>Gets the target's name, as given on the command line.</summary>
    public static string Name => "pdf";

    /// <summary>
    /// The PDF importer: never throws on content; a result without a report carries an error diagnostic; a report it
    /// returns validates and renders without throwing.
    /// </summary>
    /// <param name="input">The bytes of a PDF file.</param>
    /// <exception cref="InvalidOperationException">The importer broke its contract.</exception>
    public static void Run(ReadOnlySpan<byte> input)
    {
        var result = PdfReportImporter.Import(input);
        if (result.Report is { } report)
        {
            _ = new DisclosureReportValidator().Validate(report);
            _ = ReportRenderer.ToText(report);
        }
        else if (!result.Log.Diagnostics.Any(d => d.Severity == ImportSeverity.Error))
        {
            throw new InvalidOperationException("The PDF importer returned no report and no error.");
        }
    }
}
