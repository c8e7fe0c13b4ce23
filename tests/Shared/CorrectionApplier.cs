using DisclosureModel.Validation;

namespace DisclosureModel.TestSupport;

/// <summary>Applies a suggested correction to a report, cell by cell through the report's catalogue (linked into the test projects that re-validate corrected reports).</summary>
internal static class CorrectionApplier
{
    public static DisclosureReport Apply(DisclosureReport report, Correction correction)
    {
        var catalog = CellCatalog.For(report);
        var values = catalog.Read(report);
        foreach (var change in correction.Changes)
        {
            var cell = catalog.Find(change.PropertyPath) ?? throw new InvalidOperationException($"The correction names {change.PropertyPath}, not a cell of the report.");
            Assert.Equal(change.From, values[cell.Index].Number is { } n ? (long)n : null);
            values[cell.Index] = new CellValue(change.To);
        }

        return catalog.Build(report, values);
    }
}
