using System.Text.Json;
using DisclosureModel;
using DisclosureModel.Json;
using DisclosureModel.Validation;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consumer.WebApi.Tests;

/// <summary>The minimal API under test, as an application would write it (docs/json.md, "ASP.NET Core").</summary>
internal static class ReportApi
{
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();

        #region aspnet-minimal-api
        // The report's JSON shape for request and response bodies.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddDisclosureModel());
        builder.Services.AddSingleton<IValidator<DisclosureReport>>(new DisclosureReportValidator());

        // A body that is not a report: 400 problem details instead of an empty 400 (see JsonProblemHandler).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<JsonProblemHandler>();

        var app = builder.Build();
        app.UseExceptionHandler();

        app.MapGet("/reports/pingtan-2022", () => Samples.Pingtan2022);

        app.MapPost("/reports", (DisclosureReport report, IValidator<DisclosureReport> validator) =>
        {
            ValidationResult result = validator.Validate(report);
            return result.IsValid
                ? Results.Ok(report)
                : Results.ValidationProblem(result.ToDictionary()); // keyed by cell path, e.g. Applications.NewlyReceived.Total
        });
        #endregion

        return app;
    }
}

#region aspnet-json-problem-handler
/// <summary>Answers a request body that is not a report with 400 problem details naming the JSON path.</summary>
internal sealed class JsonProblemHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { InnerException: JsonException json })
        {
            return false;
        }

        // json.Path: $.metadata.reportYear; json.Message: A report year must lie between 2019 and 9998; got 2018.
        var errors = new Dictionary<string, string[]> { [json.Path ?? "$"] = [json.Message] };
        await Results.ValidationProblem(errors).ExecuteAsync(httpContext);
        return true;
    }
}
#endregion
