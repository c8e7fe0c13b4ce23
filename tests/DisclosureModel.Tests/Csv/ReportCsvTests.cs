using DisclosureModel.Analysis;
using DisclosureModel.Csv;
using DisclosureModel.Tests.Analysis;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Csv;

public class ReportCsvTests
{
    private const string Header = "agency,year,edition,section,row,rowLabel,column,columnLabel,value";

    [Fact]
    public void Csv_of_the_seed_sample() => Snapshot.Match(ReportCsv.Format(Samples.Yeji2020));

    [Fact]
    public void Csv_of_the_2021_sample() => Snapshot.Match(ReportCsv.Format(Samples.Pingtan2022));

    [Fact]
    public void One_record_per_cell_after_the_header()
    {
        var lines = ReportCsv.Format(Samples.All).Split('\n');
        Assert.Equal(Header, lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(1 + 198 + 200 + 1, lines.Length);
        Assert.Contains("平潭综合实验区,2022,2021,applications,newlyReceived,一、本年新收政府信息公开申请数量,total,总计,74", lines);
        Assert.Contains("平潭综合实验区,2022,2021,proactiveDisclosure,article20Item8.administrativeFees,行政事业性收费,feesCollected,本年收费金额（单位：万元）,9116.36", lines);
        Assert.Contains("六安市叶集区融媒体中心,2020,2019,reviewAndLitigation,litigationAfterReview,复议后起诉,pending,尚未审结,0", lines);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Both_samples_round_trip(int sample)
    {
        var original = Samples.All[sample];
        var csv = ReportCsv.Format(original);
        var read = Assert.Single(ReportCsv.Parse(csv));
        Assert.Equal(original.Metadata.AgencyName, read.Metadata.AgencyName);
        Assert.Equal(original.Metadata.ReportYear, read.Metadata.ReportYear);
        Assert.Equal(original.Edition, read.Edition);
        Assert.Equal(original.ProactiveDisclosure, read.ProactiveDisclosure);
        Assert.Equal(original.Applications, read.Applications);
        Assert.Equal(original.ReviewAndLitigation, read.ReviewAndLitigation);
        Assert.Equal(csv, ReportCsv.Format(read));
    }

    [Fact]
    public void Several_reports_blanks_units_and_quoting_round_trip()
    {
        var blanks = CorpusReports.Pingtan2020 with
        {
            Metadata = CorpusReports.Pingtan2020.Metadata with { AgencyName = "某县\"交通\",运输局\n办公室" },
            Applications = CorpusReports.Pingtan2020.Applications with { NewlyReceived = ApplicantCounts.Blank },
            ReviewAndLitigation = CorpusReports.Pingtan2020.ReviewAndLitigation with { LitigationAfterReview = new(null, 1, null, 0, null) },
        };
        var reports = new[] { Samples.Yeji2020, blanks, Samples.Pingtan2022, CorpusReports.Pingtan2020 };
        var csv = ReportCsv.Format(reports);
        Assert.Contains("\"某县\"\"交通\"\",运输局\n办公室\",2020,2019,applications,newlyReceived,一、本年新收政府信息公开申请数量,naturalPerson,自然人,\n", csv, StringComparison.Ordinal);
        Assert.Contains(",采购总金额,73802895.90元\n", csv, StringComparison.Ordinal);
        var read = ReportCsv.Parse(csv);
        Assert.Equal(reports.Select(r => (r.Metadata.AgencyName, r.Metadata.ReportYear)), read.Select(r => (r.Metadata.AgencyName, r.Metadata.ReportYear)));
        for (var i = 0; i < reports.Length; i++)
        {
            Assert.Equal(ReportCells.GetCells(reports[i]), ReportCells.GetCells(read[i]));
        }

        Assert.Equal(csv, ReportCsv.Format(read));
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var csv = "\uFEFF" + ReportCsv.Format(Samples.Pingtan2022).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Samples.Pingtan2022.Applications, Assert.Single(ReportCsv.Parse(csv)).Applications);
        Assert.False(ReportCsv.Encoding.GetPreamble().Length > 0);
    }

    private const string NewlyReceivedTotal = "applications/newlyReceived/total";

    private const string NewlyReceivedLabel = "一、本年新收政府信息公开申请数量";

    /// <summary>Bad CSV, the line named, and the message from the catalogue (<see cref="CsvErrorMessages"/>).</summary>
    public static TheoryData<string, int, string> MalformedCsv => new()
    {
        { "", 1, CsvErrorMessages.HeaderMissing.Format() },
        { "agency,year\n", 1, CsvErrorMessages.WrongHeader.Format(("header", Header)) },
        { Header + "\na,2020,2019,applications\n", 2, CsvErrorMessages.WrongFieldCount.Format(("expected", 9), ("actual", 4)) },
        { Header + "\n,2020,2019,applications,newlyReceived,x,total,y,1\n", 2, CsvErrorMessages.EmptyAgency.Format() },
        { Header + "\na,1999,2019,applications,newlyReceived,x,total,y,1\n", 2, CsvErrorMessages.InvalidReportYear.Format(("text", "1999"), ("minimum", 2019), ("maximum", 9998)) },
        { Header + "\na,2020,2020,applications,newlyReceived,x,total,y,1\n", 2, CsvErrorMessages.InvalidEdition.Format(("text", "2020")) },
        { Header + "\na,2020,2019,applications,nope,x,total,总计,1\n", 2, CsvErrorMessages.UnknownCell.Format(("edition", "2019"), ("cell", "applications/nope/total")) },
        {
            Header + "\na,2020,2019,applications,newlyReceived,一、本年新收,total,总计,1\n", 2,
            CsvErrorMessages.WrongLabels.Format(("cell", NewlyReceivedTotal), ("row", NewlyReceivedLabel), ("column", "总计"), ("givenRow", "一、本年新收"), ("givenColumn", "总计"))
        },
        { Header + $"\na,2020,2019,applications,newlyReceived,{NewlyReceivedLabel},total,总计,-1\n", 2, InvalidCount("-1") },
        { Header + $"\na,2020,2019,applications,newlyReceived,{NewlyReceivedLabel},total,总计,1.5\n", 2, InvalidCount("1.5") },
        { Header + $"\na,2020,2019,applications,newlyReceived,{NewlyReceivedLabel},total,总计,1元\n", 2, InvalidCount("1元") },
        {
            Header + $"\na,2020,2019,applications,newlyReceived,{NewlyReceivedLabel},total,总计,1\n", 2,
            CsvErrorMessages.MissingCells.Format(("agency", "a"), ("year", 2020), ("count", 197), ("first", CellCatalog.Edition2019[0].Key))
        },
        { Header + "\n\"a,2020,2019\n", 2, CsvErrorMessages.UnclosedQuote.Format() },
        { Header + "\n\"a\"b,2020\n", 2, CsvErrorMessages.TextAfterClosingQuote.Format() },
        { Header + "\na\"b,2020\n", 2, CsvErrorMessages.QuoteInUnquotedField.Format() },
        { Header + "\na,2020\rb\n", 2, CsvErrorMessages.LoneCarriageReturn.Format() },
    };

    private static string InvalidCount(string text) =>
        CsvErrorMessages.InvalidValue.Format(("text", text), ("cell", NewlyReceivedTotal), ("kind", "a whole number of at least 0"));

    [Theory]
    [MemberData(nameof(MalformedCsv))]
    public void Malformed_csv_is_rejected_naming_the_line(string csv, int line, string message)
    {
        var e = Assert.Throws<CsvFormatException>(() => ReportCsv.Parse(csv));
        Assert.Equal(line, e.LineNumber);
        Assert.Equal(CsvErrorMessages.OnLine.Format(("line", line), ("message", message)), e.Message);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Fact]
    public void A_repeated_cell_or_a_changed_edition_is_rejected_naming_the_line()
    {
        var lines = ReportCsv.Format(Samples.Yeji2020).Split('\n').ToList();
        var repeated = string.Join('\n', lines.Take(3).Append(lines[2]));
        var e = Assert.Throws<CsvFormatException>(() => ReportCsv.Parse(repeated));
        Assert.Equal(4, e.LineNumber);
        var cell = lines[2].Split(',');
        Assert.Equal(
            CsvErrorMessages.OnLine.Format(("line", 4), ("message", CsvErrorMessages.RepeatedCell.Format(("cell", $"{cell[3]}/{cell[4]}/{cell[6]}"), ("agency", cell[0]), ("year", 2020), ("firstLine", 3)))),
            e.Message);

        var other = ReportCsv.Format(Samples.Pingtan2022).Split('\n')[1].Replace("平潭综合实验区,2022", "六安市叶集区融媒体中心,2020", StringComparison.Ordinal);
        var mixed = string.Join('\n', lines.Take(3).Append(other));
        e = Assert.Throws<CsvFormatException>(() => ReportCsv.Parse(mixed));
        Assert.Equal(4, e.LineNumber);
        Assert.Equal(
            CsvErrorMessages.OnLine.Format(("line", 4), ("message", CsvErrorMessages.EditionChanged.Format(("agency", "六安市叶集区融媒体中心"), ("year", 2020), ("edition", "2019"), ("firstLine", 2), ("text", "2021")))),
            e.Message);
    }

    [Fact]
    public void A_quoted_field_spanning_lines_counts_the_lines()
    {
        var csv = ReportCsv.Format(Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { AgencyName = "a\nb" } });
        var broken = csv.Replace(",总计,0\n", ",总计,x\n", StringComparison.Ordinal);
        var e = Assert.Throws<CsvFormatException>(() => ReportCsv.Parse(broken));
        var firstBad = csv.Split('\n').ToList().FindIndex(l => l.EndsWith(",总计,0", StringComparison.Ordinal));
        Assert.Equal(firstBad, e.LineNumber); // the record starts on the physical line before the one that holds its value
    }

    [Fact]
    public void An_exception_without_a_line_has_the_catalogue_message()
    {
        Assert.Equal(CsvErrorMessages.NotReportCsv.Format(), new CsvFormatException().Message);
        Assert.Equal(0, new CsvFormatException().LineNumber);
        Assert.Equal(CsvErrorMessages.OnLine.Format(("line", 7), ("message", "x")), new CsvFormatException(7, "x").Message);
    }

    [Fact]
    public void Every_catalogue_entry_has_a_unique_key()
    {
        Assert.Equal(CsvErrorMessages.All.Count, CsvErrorMessages.All.Select(m => m.Id).Distinct().Count());
        var properties = typeof(CsvErrorMessages).GetProperties().Where(p => p.PropertyType == typeof(DisclosureModel.Utility.ErrorMessageTemplate)).Select(p => p.GetValue(null)).ToList();
        Assert.Equal(properties.Count, CsvErrorMessages.All.Count);
        Assert.All(properties, p => Assert.Contains(p, CsvErrorMessages.All));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("平潭综合实验区", "平潭综合实验区")]
    public void Agency_names_that_a_spreadsheet_would_evaluate_are_neutralised_and_read_back(string name, string written)
    {
        var report = Samples.Pingtan2022 with { Metadata = Samples.Pingtan2022.Metadata with { AgencyName = name } };
        var csv = ReportCsv.Format(report);
        var firstRecord = csv.Split('\n')[1];
        var field = firstRecord.StartsWith('"') ? firstRecord[1..firstRecord.IndexOf("\",", StringComparison.Ordinal)].Replace("\"\"", "\"", StringComparison.Ordinal) : firstRecord[..firstRecord.IndexOf(',', StringComparison.Ordinal)];
        Assert.Equal(written, field);
        Assert.Equal(name, Assert.Single(ReportCsv.Parse(csv)).Metadata.AgencyName);
    }
}
