using System.Globalization;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Cli;

/// <summary>
/// <c>disclosure check-rollup AGGREGATE MEMBER…</c>: checks an aggregate report against its members' reports
/// (<see cref="RollupCheck"/>) and writes the findings as <c>validate</c> does (text, JSON or SARIF).
/// </summary>
internal static class RollupCommand
{
    /// <summary>Runs the check.</summary>
    /// <param name="io">The streams.</param>
    /// <param name="aggregatePath">The aggregate's file (report JSON or a published document), or <c>-</c>.</param>
    /// <param name="memberPaths">The members' files: report JSON, NDJSON (one member a line) or published documents.</param>
    /// <param name="missing">The names of members whose report is missing.</param>
    /// <param name="format">How to write the findings.</param>
    /// <param name="language">The language of the messages.</param>
    /// <returns>0 no error finding; 1 an error finding; 2 an input could not be read (an unreadable member is checked as
    /// missing, named by its path).</returns>
    public static int Run(CliIo io, string aggregatePath, IReadOnlyList<string> memberPaths, IReadOnlyList<string> missing, FindingsFormat format, ValidationLanguage language) =>
        ReportCommands.Guard(io, () =>
        {
            var aggregates = ReportFiles.ReadByContent(aggregatePath, io);
            if (aggregates.Count != 1)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{aggregatePath}: holds {aggregates.Count} reports; the aggregate is one report"));
            }

            var findings = new List<Finding>();
            var members = new List<RollupMember>();
            foreach (var path in memberPaths)
            {
                try
                {
                    members.AddRange(ReportFiles.ReadByContent(path, io).Select(RollupMember.Of));
                }
                catch (InputException e)
                {
                    // Its share is unknown: the check goes on with the member named as missing, by its path.
                    io.Error.WriteLine("disclosure: " + e.Message);
                    var detail = e.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message;
                    findings.Add(new Finding(path, e.Line, "INPUT", "error", string.Empty, detail));
                    members.Add(RollupMember.Missing(path));
                }
            }

            members.AddRange(missing.Select(RollupMember.Missing));
            IReadOnlyList<RuleViolation> violations;
            try
            {
                violations = RollupCheck.Check(aggregates[0], members, new DisclosureValidatorOptions { MinimumSeverity = Severity.Info });
            }
            catch (ArgumentException e)
            {
                throw new InputException($"{aggregatePath}: {e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var i and >= 0 ? i : e.Message.Length)]}", e);
            }

            var resolved = language.Resolve();
            findings.AddRange(violations.Select(v => new Finding(
                aggregatePath, null, v.Code, SeverityName(v.Severity), v.PropertyPath, v.GetMessage(resolved), null, v.ChineseMessage, v.EnglishMessage)));
            var inputFailed = findings.Any(f => f.Code == "INPUT");
            var errors = findings.Count(f => f.Severity == "error");
            var exitCode = inputFailed ? ExitCodes.InputError : errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
            Write(io, findings, format, resolved, exitCode, members);
            return exitCode;
        });

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static void Write(CliIo io, List<Finding> findings, FindingsFormat format, ValidationLanguage language, int exitCode, List<RollupMember> members)
    {
        switch (format)
        {
            case FindingsFormat.Json:
                var array = new ValidateCommand.JsonArrayWriter(io.Out);
                io.Out.Write('[');
                foreach (var finding in findings)
                {
                    ValidateCommand.WriteJsonFinding(array, finding, language.Resolve());
                }

                io.Out.WriteLine(array.Count == 0 ? "]" : "\n]");
                break;
            case FindingsFormat.Sarif:
                using (var sarif = new SarifWriter(io.Out, language))
                {
                    foreach (var finding in findings)
                    {
                        sarif.Add(finding);
                    }

                    sarif.End(exitCode);
                }

                break;
            default:
                foreach (var finding in findings)
                {
                    io.Out.WriteLine(ValidateCommand.FormatLine(finding, language.Resolve()));
                }

                var (errors, warnings, infos) = (findings.Count(f => f.Severity == "error"), findings.Count(f => f.Severity == "warning"), findings.Count(f => f.Severity == "info"));
                var (listed, without) = (members.Count, members.Count(m => m.Report is null));
                io.Out.WriteLine(language == ValidationLanguage.Chinese
                    ? string.Create(CultureInfo.InvariantCulture, $"汇总与{listed}个成员核对（{without}个无报告）：错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项")
                    : string.Create(CultureInfo.InvariantCulture, $"Roll-up checked against {listed} member(s) ({without} without a report): {errors} error(s), {warnings} warning(s), {infos} info"));
                break;
        }
    }
}
