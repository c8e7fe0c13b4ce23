using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DisclosureModel;
using DisclosureModel.Json;
using DisclosureModel.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Consumer.WebApi.Tests;

/// <summary>The minimal API of <see cref="ReportApi"/>, in memory: a report out, a report in, validated, and problem details.</summary>
public sealed class ReportApiTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = ReportApi.Create();
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    /// <summary>Asserts the two reports equal, and every cell of the statutory tables one by one.</summary>
    private static void AssertSameReport(DisclosureReport expected, DisclosureReport? actual)
    {
        Assert.NotNull(actual);
        var catalog = CellCatalog.For(expected);
        var (expectedCells, actualCells) = (catalog.Read(expected), catalog.Read(actual));
        Assert.Equal(catalog.Count, actualCells.Length);
        for (var i = 0; i < catalog.Count; i++)
        {
            Assert.True(expectedCells[i] == actualCells[i], $"{catalog[i].PropertyPath}: {expectedCells[i]} != {actualCells[i]}");
        }

        Assert.Equal(expected, actual);
    }

    private static async Task<Dictionary<string, string[]>> ProblemErrors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_report_is_returned_as_the_documented_json()
    {
        using var response = await client.GetAsync(new Uri("/reports/pingtan-2022", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(DisclosureJson.Serialize(Samples.Pingtan2022), Encoding.UTF8.GetString(body));
        AssertSameReport(Samples.Pingtan2022, DisclosureJson.Deserialize(body));
    }

    [Fact]
    public async Task A_valid_report_round_trips_through_the_host()
    {
        // HttpClient's own JSON defaults write the report through its converter attribute.
        using var response = await client.PostAsJsonAsync(new Uri("/reports", UriKind.Relative), Samples.Yeji2020);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        AssertSameReport(Samples.Yeji2020, await response.Content.ReadFromJsonAsync<DisclosureReport>());
    }

    [Fact]
    public async Task A_report_that_does_not_add_up_gets_problem_details_keyed_by_cell_path()
    {
        // One commercial enterprise more among the new applications: R1 (the carry-over identity) and R3 (the row total).
        var report = Samples.Yeji2020 with
        {
            Applications = Samples.Yeji2020.Applications with
            {
                NewlyReceived = Samples.Yeji2020.Applications.NewlyReceived.With(ApplicantColumn.CommercialEnterprise, 4),
            },
        };
        var expected = new DisclosureReportValidator().Validate(report);

        using var response = await client.PostAsync(new Uri("/reports", UriKind.Relative), Json(DisclosureJson.Serialize(report)));

        var errors = await ProblemErrors(response);
        Assert.Equal(["R1", "R3"], expected.Errors.Where(f => f.Severity == FluentValidation.Severity.Error).Select(f => f.ErrorCode).Distinct().Order());
        Assert.Equal(
            ["Applications.CarriedForwardToNextYear.CommercialEnterprise", "Applications.NewlyReceived.Total"],
            expected.Errors.Where(f => f.ErrorCode is "R1" or "R3").Select(f => f.PropertyName).Order());
        Assert.Equal(expected.ToDictionary().OrderBy(e => e.Key), errors.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task A_body_that_is_not_a_report_gets_problem_details_with_the_json_path()
    {
        var json = DisclosureJson.Serialize(Samples.Yeji2020).Replace("\"reportYear\":2020", "\"reportYear\":2018", StringComparison.Ordinal);
        var expected = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));

        using var response = await client.PostAsync(new Uri("/reports", UriKind.Relative), Json(json));

        var errors = await ProblemErrors(response);
        Assert.Equal("$.metadata.reportYear", expected.Path);
        Assert.Equal([new KeyValuePair<string, string[]>("$.metadata.reportYear", [expected.Message])], errors);
    }

    [Fact]
    public async Task Malformed_json_gets_problem_details_with_where_the_reader_stopped()
    {
        using var response = await client.PostAsync(new Uri("/reports", UriKind.Relative), Json("""{ "schemaVersion": 1, "metadata": """));

        var errors = await ProblemErrors(response);
        var error = Assert.Single(errors);
        Assert.StartsWith("$", error.Key, StringComparison.Ordinal);
        Assert.NotEmpty(Assert.Single(error.Value));
    }

    [Fact]
    public void Default_options_write_and_read_the_documented_shape()
    {
        #region json-default-options
        // No options at all: the converter attribute on DisclosureReport writes and reads the documented shape.
        string json = JsonSerializer.Serialize(Samples.Pingtan2022);
        DisclosureReport? report = JsonSerializer.Deserialize<DisclosureReport>(json);
        #endregion

        Assert.Equal(DisclosureJson.Serialize(Samples.Pingtan2022), json);
        AssertSameReport(Samples.Pingtan2022, report);
    }
}
