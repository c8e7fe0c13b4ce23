using System.Text;

namespace DisclosureModel.TestSupport;

/// <summary>Writes every table cell of a report, one line per printed row, in catalogue (print) order (linked into the test projects that assert real reports cell by cell).</summary>
internal static class CellText
{
    public static string Of(DisclosureReport report)
    {
        var catalog = CellCatalog.For(report);
        var values = catalog.Read(report);
        var b = new StringBuilder();
        string? current = null;
        for (var i = 0; i < catalog.Count; i++)
        {
            var cell = catalog[i];
            var row = cell.Table switch
            {
                StatutoryTable.ProactiveDisclosure => cell.RowIdentifier,
                StatutoryTable.Applications => "applications/" + cell.RowIdentifier,
                _ => "reviewAndLitigation",
            };
            if (row != current)
            {
                b.Append(current is null ? string.Empty : "\n").Append(row).Append(':');
                current = row;
            }

            b.Append(' ').Append(values[i].ToString());
        }

        return b.ToString();
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
