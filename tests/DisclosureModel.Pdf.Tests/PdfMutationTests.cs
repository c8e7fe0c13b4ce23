using DisclosureModel.Fuzz;
using DisclosureModel.Tests.Reliability;

namespace DisclosureModel.Pdf.Tests;

/// <summary>
/// Seeded random byte edits, insertions, deletions, truncations and splices of the two real PDFs, run through the fuzz
/// harness's own PDF target (linked): a result every time (a report, or no report and an error), never an exception,
/// and no input past the harness's watchdog bound (a hang).
/// </summary>
public class PdfMutationTests
{
    [Fact]
    public void Mutated_pdfs_import_or_give_an_error_result()
    {
        byte[][] originals = [TestData.Read("hongze-district-gov_2023.pdf"), TestData.Read("hongze-district-gov_2024.pdf")];

        ByteMutations.RunAll(ByteMutations.Mutants(originals, seed: 15, count: 40), bytes => PdfFuzzTarget.Run(bytes));
    }

    [Fact]
    public void Pdfs_with_their_middle_overwritten_import_or_give_an_error_result()
    {
        // Mechanical damage the random mutants rarely make: a run of bytes inside the page content zeroed, at ten offsets.
        var original = TestData.Read("hongze-district-gov_2023.pdf");
        var damaged = Enumerable.Range(1, 10).Select(i =>
        {
            var copy = (byte[])original.Clone();
            Array.Clear(copy, original.Length * i / 12, 4096);
            return copy;
        });

        ByteMutations.RunAll(damaged, bytes => PdfFuzzTarget.Run(bytes));
    }
}
