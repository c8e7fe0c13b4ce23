using DisclosureModel.Json;
using DisclosureModel.Rendering;

namespace DisclosureModel.Fuzz;

/// <summary>The starting inputs: the embedded samples as compact JSON, as rendered text and as written Word documents, and the corpus PDFs.</summary>
internal static class Seeds
{
    public static void Write(string directory)
    {
        var json = Directory.CreateDirectory(Path.Combine(directory, "json")).FullName;
        var text = Directory.CreateDirectory(Path.Combine(directory, "text")).FullName;
        var docx = Directory.CreateDirectory(Path.Combine(directory, "docx")).FullName;
        foreach (var (name, report) in new[] { ("yeji-2020", Samples.Yeji2020), ("pingtan-2022", Samples.Pingtan2022) })
        {
            File.WriteAllBytes(Path.Combine(json, name + ".json"), DisclosureJson.SerializeToUtf8Bytes(report));
            File.WriteAllText(Path.Combine(text, name + ".txt"), ReportRenderer.ToText(report));
            File.WriteAllBytes(Path.Combine(docx, name + ".docx"), Word.DocxReportWriter.ToBytes(report));
        }

        var pdf = Directory.CreateDirectory(Path.Combine(directory, "pdf")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seed-pdf"), "*.pdf"))
        {
            File.Copy(file, Path.Combine(pdf, Path.GetFileName(file)), overwrite: true);
        }
    }
}
