using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureModel.Word.Tests;

/// <summary>
/// Edits of a written <c>.docx</c> made on its XML with the OpenXml SDK, the way other producers lay the same tables
/// out differently: mechanical transformations of the writer's output for the layout tests.
/// </summary>
internal static class DocxEditing
{
    /// <summary>Opens a copy of a document, edits its body and returns the saved bytes.</summary>
    public static byte[] Edit(byte[] docx, Action<Body> edit)
    {
        using var memory = new MemoryStream();
        memory.Write(docx);
        using (var document = WordprocessingDocument.Open(memory, true))
        {
            edit(document.MainDocumentPart!.Document!.Body!);
            document.MainDocumentPart.Document.Save();
        }

        return memory.ToArray();
    }

    /// <summary>The main part of a document (<c>word/document.xml</c>) as text, one element per line.</summary>
    public static string MainPartXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).ToString();
    }

    /// <summary>The writer's package for <see cref="Samples.Yeji2020"/> with its main part replaced by <paramref name="xml"/>.</summary>
    public static byte[] WithMainPartXml(string xml)
    {
        using var memory = new MemoryStream();
        memory.Write(Template.Value);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var stream = zip.CreateEntry("word/document.xml").Open();
            stream.Write(System.Text.Encoding.UTF8.GetBytes(xml));
        }

        return memory.ToArray();
    }

    private static readonly Lazy<byte[]> Template = new(() => DocxReportWriter.ToBytes(Samples.Yeji2020));

    /// <summary>The text of a cell: its paragraphs' text joined by line breaks.</summary>
    public static string Text(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));

    /// <summary>Replaces a cell's text, keeping its first paragraph's properties.</summary>
    public static void SetText(TableCell cell, string text)
    {
        var first = cell.Elements<Paragraph>().First();
        var properties = first.ParagraphProperties?.CloneNode(true);
        foreach (var p in cell.Elements<Paragraph>().ToList())
        {
            p.Remove();
        }

        var paragraph = new Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties);
        }

        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        cell.Append(paragraph);
    }

    /// <summary>Whether a cell is a data (value) cell, by the writer's paragraph style.</summary>
    public static bool IsValue(TableCell cell) =>
        cell.Elements<Paragraph>().FirstOrDefault()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ReportTableValue";

    /// <summary>Whether a cell continues a vertical merge (Word hides its content).</summary>
    public static bool Continues(TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);

    public static int Span(TableCell cell) => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;

    /// <summary>The table row one of whose label cells reads <paramref name="label"/>.</summary>
    public static TableRow Row(Body body, string label) =>
        body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().Any(c => !IsValue(c) && Text(c) == label));

    /// <summary>The cells of a row with their grid columns.</summary>
    public static List<(TableCell Cell, int Column)> Placed(TableRow row)
    {
        var list = new List<(TableCell, int)>();
        var column = 1;
        foreach (var cell in row.Elements<TableCell>())
        {
            list.Add((cell, column));
            column += Span(cell);
        }

        return list;
    }

    /// <summary>
    /// Removes a row; a cell of it that starts a vertical merge hands its text and the merge to the continuation below
    /// (as Word does when a row is deleted).
    /// </summary>
    public static void RemoveRow(TableRow row)
    {
        if (row.NextSibling<TableRow>() is { } next)
        {
            var below = Placed(next);
            foreach (var (cell, column) in Placed(row))
            {
                if (cell.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Restart
                    && below.FirstOrDefault(b => b.Column == column).Cell is { } continuation && Continues(continuation))
                {
                    var belowNext = next.NextSibling<TableRow>() is { } third ? Placed(third).FirstOrDefault(b => b.Column == column).Cell : null;
                    continuation.TableCellProperties!.VerticalMerge!.Val = belowNext is not null && Continues(belowNext) ? MergedCellValues.Restart : null;
                    if (continuation.TableCellProperties.VerticalMerge.Val is null)
                    {
                        continuation.TableCellProperties.VerticalMerge.Remove();
                    }

                    SetText(continuation, Text(cell));
                }
            }
        }

        row.Remove();
    }
}
