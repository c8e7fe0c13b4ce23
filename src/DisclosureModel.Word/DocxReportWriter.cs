using DisclosureModel.Rendering;
using DisclosureModel.Utility;
using DisclosureModel.Word.Writing;

namespace DisclosureModel.Word;

/// <summary>
/// Writes a report as a Word document (<c>.docx</c>) in the official layout: the title
/// (<c>{agency}{year}年政府信息公开工作年度报告</c>), the six section headings (<see cref="ReportSectionsLayout"/>), the
/// narrative sections as paragraphs, and the three statutory tables with their merged headers as the format prints
/// them (<c>gridSpan</c> and <c>vMerge</c>, laid out from <see cref="ReportTables"/>), for both editions and the
/// 2021 hybrid.
/// </summary>
/// <remarks>
/// <para>The page is A4 with the margins of official documents (公文: 37 mm top, 35 mm bottom, 28 mm left, 26 mm
/// right); the body is 仿宋 三号 (16 pt), headings 黑体, the title 宋体 二号 bold, tables 宋体 五号 (10.5 pt); fonts are
/// named, not embedded. A blank (null) cell is an empty table cell, 0 is printed as 0. The paragraphs are those of
/// <see cref="ReportRenderer.ToText"/> (so the source link and publication time lines appear when the report has
/// them), and reading the document back with <see cref="DocxReportImporter"/> gives the same report.</para>
/// <para>The bytes are the same for the same report: the package's parts, their order and their timestamps are fixed
/// and no ids are random, so the output can be snapshotted. The writer holds no state and may be called from many
/// threads at once.</para>
/// </remarks>
public static class DocxReportWriter
{
    /// <summary>Writes a report as a <c>.docx</c> to a stream. The stream is not closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream, writable.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    public static void Write(DisclosureReport report, Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        stream.Write(ToBytes(report));
    }

    /// <summary>Writes a report as a <c>.docx</c> to a stream asynchronously. The stream is not closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The stream, writable.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(DisclosureReport report, Stream stream, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        var bytes = ToBytes(report);
        return stream.WriteAsync(bytes, cancellationToken).AsTask();
    }

    /// <summary>Writes a report as the bytes of a <c>.docx</c> file.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    public static byte[] ToBytes(DisclosureReport report)
    {
        Preconditions.CheckNotNull(report);
        return DocxPackageWriter.Write(DocumentBuilder.Build(report), DocumentBuilder.Styles());
    }
}
