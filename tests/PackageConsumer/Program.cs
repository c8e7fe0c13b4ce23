// A consumer of the DisclosureModel packages as shipped: reads a report from JSON, validates it, imports a page.
using DisclosureModel;
using DisclosureModel.Html;
using DisclosureModel.Json;
using DisclosureModel.Validation;

var json = args.Length > 0 ? File.ReadAllText(args[0]) : DisclosureJson.Serialize(Samples.Pingtan2022);
DisclosureReport report = DisclosureJson.Deserialize(json);
Console.WriteLine($"read: {report.Metadata.AgencyName} {report.Metadata.ReportYear} ({report.Edition.GetIdentifier()} format)");

var result = new DisclosureReportValidator(new DisclosureValidatorOptions { Language = ValidationLanguage.English }).Validate(report);
foreach (var failure in result.Errors)
{
    Console.WriteLine($"  {failure.Severity} {failure.ErrorCode} {failure.PropertyName}: {failure.ErrorMessage}");
}

var errors = result.Errors.Count(f => f.Severity == FluentValidation.Severity.Error);
Console.WriteLine($"validated: {errors} error(s), {result.Errors.Count - errors} other finding(s)");

var imported = HtmlReportImporter.Import("<html><body><p>no report here</p></body></html>");
Console.WriteLine($"html import of a non-report: report {(imported.Report is null ? "absent" : "present")}, {imported.Log.Diagnostics.Count} diagnostic(s)");
return errors == 0 && imported.Report is null ? 0 : 1;
