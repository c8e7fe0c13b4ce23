using System.Text;
using DisclosureModel.Json;
using NodaTime;
using NodaTime.Text;

namespace DisclosureModel.Tests.Json;

/// <summary>
/// The direct reading of ISO dates and date-times agrees with NodaTime's patterns, which the converters fall back to:
/// whatever it reads, NodaTime reads the same; whatever exact form NodaTime reads, it reads too, but for 24:00:00.
/// </summary>
public class IsoDatesTests
{
    private static readonly string[] Years = ["0000", "0001", "1900", "2000", "2019", "2023", "2024", "2100", "9999"];

    [Fact]
    public void Every_year_month_and_day_text_reads_as_NodaTime_reads_it()
    {
        var checkedDates = 0;
        foreach (var year in Years)
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    AssertAgrees($"{year}-{month:00}-{day:00}");
                    checkedDates++;
                }
            }
        }

        Assert.Equal(Years.Length * 14 * 33, checkedDates);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("23:59:59")]
    [InlineData("15:07:00")]
    [InlineData("24:00:00")]
    [InlineData("12:60:00")]
    [InlineData("12:00:60")]
    [InlineData("1:00:00")]
    public void Date_times_read_as_NodaTime_reads_them(string time)
    {
        foreach (var date in new[] { "2023-02-20", "2024-02-29", "2023-02-29" })
        {
            AssertDateTimeAgrees($"{date}T{time}");
        }
    }

    [Theory]
    [InlineData("2022-1-01")]
    [InlineData("2022/01/01")]
    [InlineData("20220101")]
    [InlineData("２０２２-01-01")]
    [InlineData("2022-01-01 ")]
    [InlineData("+2022-01-01")]
    [InlineData("2022-01-01T00:00:00.5")]
    [InlineData("2022-01-01 00:00:00")]
    public void Other_forms_are_left_to_NodaTime(string text)
    {
        Assert.False(IsoDates.TryParseDate(Encoding.UTF8.GetBytes(text), out _));
        Assert.False(IsoDates.TryParseDateTime(Encoding.UTF8.GetBytes(text), out _));
    }

    private static void AssertAgrees(string text)
    {
        var fast = IsoDates.TryParseDate(Encoding.UTF8.GetBytes(text), out var date);
        var noda = LocalDatePattern.Iso.Parse(text);
        Assert.True(fast == noda.Success, $"{text}: direct {fast}, NodaTime {noda.Success}");
        if (fast)
        {
            Assert.Equal(noda.Value, date);
        }
    }

    private static void AssertDateTimeAgrees(string text)
    {
        var fast = IsoDates.TryParseDateTime(Encoding.UTF8.GetBytes(text), out var dateTime);
        var noda = LocalDateTimePattern.ExtendedIso.Parse(text);

        // NodaTime reads 24:00:00 as the next day's midnight; the direct path leaves that form to it.
        var leftToNodaTime = text.EndsWith("T24:00:00", StringComparison.Ordinal);
        Assert.True(fast == (noda.Success && !leftToNodaTime), $"{text}: direct {fast}, NodaTime {noda.Success}");
        if (fast)
        {
            Assert.Equal(noda.Value, dateTime);
        }
    }
}
