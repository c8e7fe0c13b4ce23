namespace DisclosureModel.Tests.Docs;

/// <summary>
/// The code examples shown in README.md and docs/*.md. Each region is compared with the fenced block that follows
/// the marker <c>&lt;!-- snippet: NAME --&gt;</c> in the Markdown (see <see cref="SnippetTests"/>), so every example
/// in the docs compiles and runs here.
/// </summary>
public class Snippets
{
    private static readonly AsyncLocal<StringWriter> Output = new();

    [Fact]
    public void ReadmeQuickStart()
    {
        var output = new StringWriter();
        Output.Value = output;
        {
            #region readme-quick-start
            DisclosureReport report = Samples.Pingtan2022;              // a real 2022 report, 2021 format
            ApplicationsTable applications = report.Applications;        // Section 三

            ApplicantCounts received = applications.NewlyReceived;       // 一、本年新收政府信息公开申请数量
            Console.WriteLine(received.NaturalPerson);                   // 71
            Console.WriteLine(received[ApplicantColumn.Total]);          // 74

            // The printed balancing rule of every column: 一 + 二 = 三（七） + 四.
            bool balanced = ApplicantColumns.All.All(c =>
                received[c] + applications.CarriedOverFromLastYear[c]
                    == applications.Outcomes.Total[c] + applications.CarriedForwardToNextYear[c]);
            Console.WriteLine(balanced);                                 // True

            // Records copy with changes and compare by value.
            var corrected = report with
            {
                Applications = applications with { NewlyReceived = received.With(ApplicantColumn.NaturalPerson, 72) },
            };
            Console.WriteLine(corrected == report);                      // False
            Console.WriteLine(ApplicationRow.NewlyReceived.GetLabel());  // 一、本年新收政府信息公开申请数量 (newlyReceived)
            #endregion
        }

        Assert.Equal(
            "71\n74\nTrue\nFalse\n一、本年新收政府信息公开申请数量 (newlyReceived)\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Stands in for <see cref="System.Console"/> inside the snippets, so their output can be checked without touching process-wide state.</summary>
    private static class Console
    {
        public static void WriteLine(object? value) => Output.Value!.WriteLine(value);
    }
}
