using System.Globalization;

namespace DisclosureModel.Cli;

/// <summary>The work behind the commands, kept apart from argument parsing so it can be tested.</summary>
internal static class Commands
{
    public static DisclosureReport PickSample(string? edition) =>
        edition == "2021" ? Samples.Pingtan2022 : Samples.Yeji2020;

    /// <summary>Prints a summary of a report and checks the arithmetic the tables must satisfy; returns 1 when any check fails.</summary>
    public static int Check(DisclosureReport report, TextWriter output)
    {
        var m = report.Metadata;
        var a = report.Applications;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.AgencyName} {m.ReportYear}年 政府信息公开工作年度报告 ({m.Edition.GetIdentifier()} format)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  statistics period   {m.StatisticsPeriod.Start:yyyy-MM-dd} – {m.StatisticsPeriod.End:yyyy-MM-dd}"));
        output.WriteLine($"  published           {(m.PublishedAt is { } p ? p.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "unknown")}");
        output.WriteLine($"  proactively disclosed {(report.Overview.ProactivelyDisclosedCount is { } n ? n.ToString(CultureInfo.InvariantCulture) : "not stated")}");
        output.WriteLine($"  applications        new {a.NewlyReceived.Total}, carried over {a.CarriedOverFromLastYear.Total}, handled {a.Outcomes.Total.Total}, carried forward {a.CarriedForwardToNextYear.Total}");
        output.WriteLine($"  review / litigation {report.ReviewAndLitigation.AdministrativeReview.Total} / {report.ReviewAndLitigation.LitigationWithoutReview.Total} + {report.ReviewAndLitigation.LitigationAfterReview.Total}");

        var problems = new List<string>();
        foreach (var column in ApplicantColumns.All)
        {
            var left = (long)(a.NewlyReceived[column] ?? 0) + (a.CarriedOverFromLastYear[column] ?? 0);
            var right = (long)(a.Outcomes.Total[column] ?? 0) + (a.CarriedForwardToNextYear[column] ?? 0);
            if (left != right)
            {
                problems.Add($"三 {column.GetLabel().Chinese}: 一 + 二 = {left} ≠ 三(七) + 四 = {right}");
            }
        }

        var sum = a.Outcomes.SumOfOutcomes();
        foreach (var column in ApplicantColumns.All)
        {
            if ((sum[column] ?? 0) != (a.Outcomes.Total[column] ?? 0))
            {
                problems.Add($"三 {column.GetLabel().Chinese}: （一）–（六） = {sum[column] ?? 0} ≠ （七）总计 = {a.Outcomes.Total[column] ?? 0}");
            }
        }

        foreach (var row in ApplicationsLayout.GetRows(report.Edition))
        {
            var counts = row.GetCounts(a)!.Value;
            if (counts.Total is { } total && total != counts.ApplicantSum)
            {
                problems.Add($"三 {row.Label.Chinese}: 总计 {total} ≠ {counts.ApplicantSum}");
            }
        }

        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            var counts = report.ReviewAndLitigation[block];
            if (counts.Total is { } total && total != counts.ResultSum)
            {
                problems.Add($"四 {block.GetLabel().Chinese}: 总计 {total} ≠ {counts.ResultSum}");
            }
        }

        if (problems.Count == 0)
        {
            output.WriteLine("  balancing           all Section 三 and 四 totals add up");
            return 0;
        }

        foreach (var problem in problems)
        {
            output.WriteLine("  ✗ " + problem);
        }

        return 1;
    }
}
